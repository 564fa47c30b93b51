import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from './generated/choices';
import { ERROR_IDS } from './labels';
import { problemText } from './sync-problem';

const at = (iso: string) => `at ${iso.slice(11, 16)}`;

describe('problemText', () => {
  it('names every code the core sends with a message of its own', () => {
    const ids = ERROR_CODES.map((code) => problemText({ code, message: 'm', retry_at: null }, at).id);
    expect(new Set(ids).size).toBe(ERROR_CODES.length);
    for (const id of ids) expect(id).toMatch(/^error-/);
    expect(Object.keys(ERROR_IDS).sort()).toEqual([...ERROR_CODES, 'UNKNOWN'].sort());
  });

  it('says until when a rate limit lasts, when the CRM said', () => {
    const limited = problemText({ code: 'RATE_LIMITED', message: 'the CRM asked to slow down', retry_at: '2026-12-04T10:05:00Z' }, at);
    expect(limited).toEqual({
      id: 'error-rate-limited-until',
      args: { until: 'at 10:05' },
      code: 'RATE_LIMITED',
      detail: 'the CRM asked to slow down',
    });
    expect(problemText({ code: 'RATE_LIMITED', message: 'x', retry_at: null }, at).id).toBe('error-rate-limited');
  });

  it('keeps the CRM’s own words as the detail', () => {
    const refused = problemText({ code: 'CRM_REJECTED', message: 'the CRM refused it: tag too long', retry_at: null }, at);
    expect([refused.id, refused.detail]).toEqual(['error-crm-rejected', 'the CRM refused it: tag too long']);
  });
});
