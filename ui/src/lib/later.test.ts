import { describe, expect, it } from 'vitest';
import { later } from './later';

describe('later', () => {
  it('loads on first use only, and hands every caller the same promise', async () => {
    let loads = 0;
    const part = later(async () => ++loads);
    expect(loads).toBe(0);
    const first = part();
    expect(part()).toBe(first);
    expect(await first).toBe(1);
    expect(await part()).toBe(1);
    expect(loads).toBe(1);
  });

  it('a failed load stays failed for its callers rather than loading again and again', async () => {
    let loads = 0;
    const part = later(() => {
      loads++;
      return Promise.reject(new Error('gone'));
    });
    await expect(part()).rejects.toThrow('gone');
    await expect(part()).rejects.toThrow('gone');
    expect(loads).toBe(1);
  });
});
