// In-memory backend for the browser test and `vite dev` outside Tauri.
//
// URL query switches (read once, at start):
//   ?mock-error=CACHE_CORRUPT  workspace_status rejects with that code (CACHE_LOCKED: once;
//                              CACHE_CORRUPT / CACHE_TOO_NEW: until move_cache_aside)
//   ?mock-empty=1              start on an empty, never-synced cache (the welcome screen)
//   ?mock-cases=100000         add that many generated cases (a large inbox)
//   ?mock-delay=200            answer every command after that many milliseconds (default 4)
import type { CaseDetail } from '../generated/CaseDetail';
import type { CaseSummary } from '../generated/CaseSummary';
import type { Draft } from '../generated/Draft';
import type { ErrorCode } from '../generated/ErrorCode';
import type { SearchHit } from '../generated/SearchHit';
import type { ViewSlug } from '../generated/ViewSlug';
import type { WorkspaceStatus } from '../generated/WorkspaceStatus';
import { buildSeedCases, buildSyntheticCases, MOCK_AGENT, type MockCase } from './mock-data';
import { matchUiLanguage, UI_LANGUAGES, type UiLanguage } from '../i18n/fluent';
import { BackendError, type Backend } from './types';

const VIEWS: ViewSlug[] = ['all', 'mine', 'unassigned', 'due-soon', 'pending', 'solved'];
const ERROR_CODES: ErrorCode[] = ['INVALID_INPUT', 'NOT_FOUND', 'CACHE_CORRUPT', 'CACHE_LOCKED', 'CACHE_TOO_NEW', 'STORAGE'];
const LANGUAGE_KEY = 'polydesk.mock.ui-language';
const DUE_SOON_MS = 24 * 3_600_000;

/** Lower case, accents stripped: "Não" and "nao" match, as do "ÃO" and "ão". */
export function foldForSearch(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

function snippetAround(text: string, start: number, length: number): string {
  const from = Math.max(0, start - 40);
  const to = Math.min(text.length, start + length + 60);
  const body = text.slice(from, to).replace(/\s+/g, ' ').trim();
  return `${from > 0 ? '…' : ''}${body}${to < text.length ? '…' : ''}`;
}

/** Index in `text` where `folded` (already folded) matches, or -1. */
function findFolded(text: string, folded: string): number {
  if (!foldForSearch(text).includes(folded)) return -1;
  // Folding only drops combining marks, so map positions back through a per-char fold.
  let acc = '';
  const starts: number[] = [];
  for (let i = 0; i < text.length; i++) {
    starts.push(acc.length);
    acc += foldForSearch(text[i] as string);
  }
  const at = acc.indexOf(folded);
  if (at < 0) return -1;
  const idx = starts.findIndex((s, i) => s <= at && (starts[i + 1] ?? Infinity) > at);
  return idx < 0 ? 0 : idx;
}

interface Storage {
  get(key: string): string | null;
  set(key: string, value: string): void;
}

function browserStorage(): Storage {
  return {
    get: (key) => {
      try {
        return globalThis.localStorage?.getItem(key) ?? null;
      } catch {
        return null;
      }
    },
    set: (key, value) => {
      try {
        globalThis.localStorage?.setItem(key, value);
      } catch {
        // Private mode or no storage: the choice lasts for this page only.
      }
    },
  };
}

export interface MockOptions {
  /** A URL query string (`?mock-error=...`), usually `location.search`. */
  search?: string;
  now?: () => number;
  storage?: Storage;
  locale?: string;
}

export function createMockBackend(options: MockOptions = {}): Backend {
  const params = new URLSearchParams(options.search ?? '');
  const now = options.now ?? (() => Date.now());
  const storage = options.storage ?? browserStorage();
  const requested = params.get('mock-error');
  let pendingError: ErrorCode | null = ERROR_CODES.find((c) => c === requested) ?? null;
  const delayMs = Math.max(0, Number(params.get('mock-delay') ?? 4) || 0);
  const extra = Math.min(1_000_000, Math.max(0, Math.floor(Number(params.get('mock-cases') ?? 0) || 0)));

  let cases: MockCase[] = [];
  let lastSync: string | null = null;
  const drafts = new Map<string, Draft>();
  const saved = storage.get(LANGUAGE_KEY);
  let uiLanguage: UiLanguage =
    UI_LANGUAGES.find((l) => l === saved) ??
    matchUiLanguage(options.locale ?? (typeof navigator === 'undefined' ? 'en' : navigator.language));

  function loadDemo(): void {
    const t = now();
    cases = [...buildSeedCases(t), ...buildSyntheticCases(t, extra)];
    lastSync = 'demo';
  }
  if (params.get('mock-empty') !== '1') loadDemo();

  function reply<T>(value: () => T): Promise<T> {
    return new Promise((resolve, reject) => {
      setTimeout(() => {
        try {
          resolve(value());
        } catch (e) {
          reject(BackendError.from(e));
        }
      }, delayMs);
    });
  }

  function fail(code: ErrorCode, message: string): never {
    throw new BackendError(code, message);
  }

  function status(): WorkspaceStatus {
    const bytes = cases.length === 0 ? 45_056 : 180_224 + cases.length * 9_100;
    return {
      case_count: cases.length,
      cache_bytes: BigInt(bytes),
      last_sync: lastSync,
      agent_name: MOCK_AGENT,
      ui_language: uiLanguage,
    };
  }

  function inView(view: ViewSlug, c: MockCase, horizon: number): boolean {
    const s = c.case.status;
    const unsolved = s === 'new' || s === 'open' || s === 'pending' || s === 'on-hold';
    switch (view) {
      case 'all':
        return true;
      case 'mine':
        return c.case.assignee === MOCK_AGENT && unsolved;
      case 'unassigned':
        return c.case.assignee === null && unsolved;
      case 'due-soon':
        return (s === 'new' || s === 'open') && c.case.sla_due_at !== null && Date.parse(c.case.sla_due_at) <= horizon;
      case 'pending':
        return s === 'pending';
      case 'solved':
        return s === 'solved' || s === 'closed';
    }
  }

  function byView(view: ViewSlug): MockCase[] {
    const horizon = now() + DUE_SOON_MS;
    const list = cases.filter((c) => inView(view, c, horizon));
    if (view === 'mine' || view === 'unassigned' || view === 'due-soon') {
      const key = (c: MockCase) => (c.case.sla_due_at === null ? Infinity : Date.parse(c.case.sla_due_at));
      return list.sort((a, b) => key(a) - key(b) || b.case.updated_at.localeCompare(a.case.updated_at));
    }
    return list.sort((a, b) => b.case.updated_at.localeCompare(a.case.updated_at));
  }

  function summary(c: MockCase): CaseSummary {
    const k = c.case;
    return {
      id: k.id,
      subject: k.subject,
      status: k.status,
      priority: k.priority,
      reply_language: k.reply_language,
      customer: { id: k.customer.id, name: k.customer.name },
      assignee: k.assignee,
      group: k.group,
      updated_at: k.updated_at,
      sla_due_at: k.sla_due_at,
      has_draft: drafts.has(k.id),
    };
  }

  function find(id: string): MockCase {
    return cases.find((c) => c.case.id === id) ?? fail('NOT_FOUND', `no case '${id}'`);
  }

  return {
    workspace_status: () =>
      reply(() => {
        if (pendingError) {
          const code = pendingError;
          if (code !== 'CACHE_CORRUPT' && code !== 'CACHE_TOO_NEW') pendingError = null;
          fail(code, `mock: workspace_status failed with ${code}`);
        }
        return status();
      }),
    open_demo_workspace: () =>
      reply(() => {
        if (cases.length === 0) loadDemo();
        return status();
      }),
    move_cache_aside: () =>
      reply(() => {
        pendingError = null;
        cases = [];
        lastSync = null;
        drafts.clear();
        return status();
      }),
    list_views: () =>
      reply(() => {
        const horizon = now() + DUE_SOON_MS;
        return VIEWS.map((slug) => ({ slug, count: cases.filter((c) => inView(slug, c, horizon)).length }));
      }),
    list_cases: ({ view, offset, limit }) =>
      reply(() => {
        if (!VIEWS.includes(view)) fail('INVALID_INPUT', `unknown view '${view}'`);
        if (!(limit >= 1 && limit <= 500) || offset < 0) fail('INVALID_INPUT', 'limit must be 1..=500');
        const list = byView(view);
        return { view, total: list.length, offset, cases: list.slice(offset, offset + limit).map(summary) };
      }),
    get_case: ({ id }) =>
      reply((): CaseDetail => {
        const c = find(id);
        return { ...c.case, messages: c.messages.map((m) => ({ ...m })), draft: drafts.get(id) ?? null };
      }),
    search_cases: ({ query, limit }) =>
      reply(() => {
        const folded = foldForSearch(query.trim());
        if (folded === '') fail('INVALID_INPUT', 'empty search query');
        const hits: SearchHit[] = [];
        for (const c of cases) {
          const at = findFolded(c.case.subject, folded);
          if (at >= 0) {
            hits.push({
              case_id: c.case.id,
              message_id: null,
              subject: c.case.subject,
              snippet: c.case.subject,
              created_at: c.case.created_at,
            });
          }
          for (const m of c.messages) {
            const pos = findFolded(m.body_text, folded);
            if (pos >= 0) {
              hits.push({
                case_id: c.case.id,
                message_id: m.id,
                subject: c.case.subject,
                snippet: snippetAround(m.body_text, pos, query.trim().length),
                created_at: m.created_at,
              });
            }
          }
        }
        hits.sort((a, b) => b.created_at.localeCompare(a.created_at));
        return hits.slice(0, Math.max(1, Math.min(limit, 500)));
      }),
    save_draft: ({ caseId, body }) =>
      reply(() => {
        find(caseId);
        if (body.trim() === '') {
          drafts.delete(caseId);
          return null;
        }
        const draft: Draft = { case_id: caseId, body, updated_at: new Date(now()).toISOString() };
        drafts.set(caseId, draft);
        return draft;
      }),
    set_ui_language: ({ tag }) =>
      reply(() => {
        if (!(UI_LANGUAGES as readonly string[]).includes(tag)) fail('INVALID_INPUT', `unknown UI language '${tag}'`);
        uiLanguage = tag;
        storage.set(LANGUAGE_KEY, tag);
        return status();
      }),
    ui_ready: () => reply(() => undefined),
  };
}
