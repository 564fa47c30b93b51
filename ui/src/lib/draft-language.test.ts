import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CHECK_DEBOUNCE_MS, DraftLanguageCheck } from './draft-language.svelte';

describe('DraftLanguageCheck', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('checks once typing pauses, and only the latest text', async () => {
    const check = vi.fn(async ({ text }: { text: string }) => (text.startsWith('Hi') ? 'en' : null));
    const drafts = new DraftLanguageCheck(check);
    drafts.schedule('Hi', 'pt-BR', false);
    drafts.schedule('Hi Lucas', 'pt-BR', false);
    await vi.advanceTimersByTimeAsync(CHECK_DEBOUNCE_MS - 1);
    expect(check).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(check).toHaveBeenCalledTimes(1);
    expect(check).toHaveBeenCalledWith({ text: 'Hi Lucas', lang: 'pt-BR' });
    expect(drafts.mismatch).toBe('en');
    expect(drafts.answered('Hi Lucas', 'pt-BR')).toBe(true);
    expect(drafts.answered('Hi Lucas', 'en')).toBe(false);
  });

  it('a note or an empty draft has nothing to check, and drops a mismatch shown', async () => {
    const check = vi.fn(async () => 'en');
    const drafts = new DraftLanguageCheck(check);
    await drafts.check('Hi', 'pt-BR');
    expect(drafts.mismatch).toBe('en');
    drafts.schedule('Hi', 'pt-BR', true);
    expect(drafts.mismatch).toBeNull();
    drafts.schedule('  ', 'pt-BR', false);
    await vi.advanceTimersByTimeAsync(CHECK_DEBOUNCE_MS);
    expect(check).toHaveBeenCalledTimes(1);
  });

  it('an answer that arrives after a newer check or change is dropped', async () => {
    let answer: (found: string | null) => void = () => undefined;
    const check = vi.fn(() => new Promise<string | null>((resolve) => (answer = resolve)));
    const drafts = new DraftLanguageCheck(check);
    const old = drafts.check('Hi', 'pt-BR');
    drafts.schedule('', 'pt-BR', false);
    answer('en');
    await old;
    expect(drafts.mismatch).toBeNull();
    expect(drafts.answered('Hi', 'pt-BR')).toBe(false);
  });

  it('a failed check leaves no mismatch; cancel drops a check still waiting', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const check = vi.fn(async () => {
      throw new Error('gone');
    });
    const drafts = new DraftLanguageCheck(check);
    await drafts.check('Hi', 'pt-BR');
    expect(drafts.mismatch).toBeNull();
    expect(warn).toHaveBeenCalledWith('check_draft_language failed', 'UNKNOWN');
    drafts.schedule('Hi again', 'pt-BR', false);
    drafts.cancel();
    await vi.advanceTimersByTimeAsync(CHECK_DEBOUNCE_MS);
    expect(check).toHaveBeenCalledTimes(1);
    warn.mockRestore();
  });
});
