import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CasePage } from '../generated/CasePage';
import type { WorkspaceStatus } from '../generated/WorkspaceStatus';
import { EARLY_STATE_GLOBAL, takeFirstPage, takeStatus } from './early-state';
import { PAGE_SIZE } from '../case-list.svelte';

const status = { case_count: 3, ui_language: 'pt-BR' } as WorkspaceStatus;
const page: CasePage = { view: 'all', total: 3, offset: 0, cases: [] };

function shell(firstPage = true): object {
  return {
    [EARLY_STATE_GLOBAL]: {
      status,
      first_page: firstPage ? { view: 'all', offset: 0, limit: PAGE_SIZE, page } : null,
    },
  };
}

describe("the shell's early state", () => {
  it('hands the status out once: a reload or a second reader asks the backend', () => {
    const window = shell();
    expect(takeStatus(window)).toEqual(status);
    expect(takeStatus(window)).toBeNull();
  });

  it("answers the inbox's first request with the first page, once", () => {
    const window = shell();
    expect(takeFirstPage(window, { view: 'all', offset: 0, limit: PAGE_SIZE })).toBe(page);
    expect(takeFirstPage(window, { view: 'all', offset: 0, limit: PAGE_SIZE })).toBeNull();
    expect(takeStatus(window)).toEqual(status);
  });

  it('is spent by a first request it does not answer (another view, another window of rows)', () => {
    for (const args of [
      { view: 'mine' as const, offset: 0, limit: PAGE_SIZE },
      { view: 'all' as const, offset: PAGE_SIZE, limit: PAGE_SIZE },
      { view: 'all' as const, offset: 0, limit: 10 },
    ]) {
      const window = shell();
      expect(takeFirstPage(window, args)).toBeNull();
      expect(takeFirstPage(window, { view: 'all', offset: 0, limit: PAGE_SIZE })).toBeNull();
    }
  });

  it("is read in the size the inbox asks for (the core's FIRST_PAGE_LIMIT is the UI's PAGE_SIZE)", () => {
    const startup = readFileSync(new URL('../../../../crates/polydesk-api/src/startup.rs', import.meta.url), 'utf8');
    expect(startup).toMatch(new RegExp(`pub const FIRST_PAGE_LIMIT: u32 = ${PAGE_SIZE};`));
  });

  it('is nothing when the shell could not read the cache or there are no cases', () => {
    expect(takeStatus({})).toBeNull();
    expect(takeFirstPage({}, { view: 'all', offset: 0, limit: PAGE_SIZE })).toBeNull();
    expect(takeFirstPage(shell(false), { view: 'all', offset: 0, limit: PAGE_SIZE })).toBeNull();
  });
});
