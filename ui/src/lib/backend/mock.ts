// In-memory backend for the browser test and `vite dev` outside Tauri.
//
// URL query switches (read once, at start):
//   ?mock-error=CACHE_CORRUPT  workspace_status rejects with that code (CACHE_LOCKED: once;
//                              CACHE_CORRUPT / CACHE_TOO_NEW: until move_cache_aside)
//   ?mock-empty=1              start on an empty, never-synced cache (the welcome screen)
//   ?mock-cases=100000         add that many generated cases (a large inbox)
//   ?mock-delay=200            answer every command after that many milliseconds (default 4)
//
// Reply macros come from ./mock-macros (a few built-in macros, rendered with Fluent). A team
// pack folder is any absolute path; one containing "broken" reports a problem.
import type { AgentSignature } from '../generated/AgentSignature';
import type { CaseDetail } from '../generated/CaseDetail';
import type { CaseSummary } from '../generated/CaseSummary';
import type { Draft } from '../generated/Draft';
import type { ErrorCode } from '../generated/ErrorCode';
import type { Message } from '../generated/Message';
import type { ReplyArgs } from '../generated/ReplyArgs';
import type { ReplyContext } from '../generated/ReplyContext';
import type { ReplyLanguage } from '../generated/ReplyLanguage';
import type { SearchHit } from '../generated/SearchHit';
import type { ViewSlug } from '../generated/ViewSlug';
import type { WorkspaceStatus } from '../generated/WorkspaceStatus';
import { buildSeedCases, buildSyntheticCases, MOCK_AGENT, type MockCase } from './mock-data';
import { draftLanguageMismatch, replyLanguageFor } from './mock-language';
import { MOCK_REPLY_LANGUAGES, MockMacroLibrary } from './mock-macros';
import { matchUiLanguage, UI_LANGUAGES, type UiLanguage } from '../i18n/fluent';
import { BackendError, type AgentGender, type Backend } from './types';

const VIEWS: ViewSlug[] = ['all', 'mine', 'unassigned', 'due-soon', 'pending', 'solved'];
const ERROR_CODES: ErrorCode[] = ['INVALID_INPUT', 'NOT_FOUND', 'CACHE_CORRUPT', 'CACHE_LOCKED', 'CACHE_TOO_NEW', 'STORAGE'];
const LANGUAGE_KEY = 'polydesk.mock.ui-language';
const DUE_SOON_MS = 24 * 3_600_000;
const CURRENCIES = ['BRL', 'EUR', 'CNY', 'TWD', 'USD', 'GBP'];
const GENDERS: AgentGender[] = ['female', 'male', 'unknown'];
const SIGNATURE_MAX_CHARS = 2_000;

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
  /** The agent's reply language per case (it sticks over suggestions). */
  const replyChoices = new Map<string, ReplyLanguage>();
  /** The agent's own signature per reply language (absent: the library's). */
  const signatures = new Map<ReplyLanguage, string>();
  const macros = new MockMacroLibrary();
  let agentGender: AgentGender = 'female';
  let sentSeq = 0;
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
      agent_gender: agentGender,
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
      reply_language: replyChoices.get(k.id) ?? k.reply_language,
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

  function replyLanguage(lang: string): ReplyLanguage {
    return MOCK_REPLY_LANGUAGES.find((l) => l === lang) ?? fail('INVALID_INPUT', `unknown reply language '${lang}'`);
  }

  /** As `polydesk_core::replies::reply_context`, minus detection over the messages. */
  function replyContext(c: MockCase): ReplyContext {
    const k = c.case;
    const choice = replyChoices.get(k.id);
    const fromLocale = replyLanguageFor(k.customer.locale, k.customer.country);
    const suggestion = choice
      ? { language: choice, source: 'agent' as const }
      : fromLocale
        ? { language: fromLocale, source: 'customer-locale' as const }
        : { language: k.reply_language, source: 'current' as const };
    const name = k.customer.name.trim();
    const cjk = /^[\p{Script=Han}·]{2,}$/u.test(name);
    const words = name.split(/\s+/);
    const args: ReplyArgs = {
      customer_name: name,
      customer_first_name: cjk ? name.slice(1) : (words[0] ?? name),
      customer_surname: cjk ? name.slice(0, 1) : (words[words.length - 1] ?? name),
      customer_gender: 'unknown',
      formality: 'formal',
      case_ref: k.crm_id,
      agent_name: MOCK_AGENT,
      agent_gender: agentGender,
    };
    const order = c.messages
      .filter((m) => m.direction === 'inbound')
      .map((m) => /(?<!\d)\d{10,16}(?!\d)/.exec(m.body_text)?.[0])
      .find((o) => o !== undefined);
    if (order) args['order_id'] = order;
    if (k.group) args['team'] = k.group;
    return { suggestion, args };
  }

  function signatureList(): AgentSignature[] {
    return MOCK_REPLY_LANGUAGES.map((language) => {
      const custom = signatures.get(language) ?? null;
      return { language, custom, effective: custom ?? macros.signature(language, { agent_name: MOCK_AGENT }) };
    });
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
        return {
          ...c.case,
          reply_language: replyChoices.get(id) ?? c.case.reply_language,
          messages: c.messages.map((m) => ({ ...m })),
          draft: drafts.get(id) ?? null,
        };
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
    list_macros: ({ lang }) => reply(() => macros.list(replyLanguage(lang))),
    get_reply_context: ({ caseId }) => reply(() => replyContext(find(caseId))),
    set_reply_language: ({ caseId, lang }) =>
      reply(() => {
        const c = find(caseId);
        replyChoices.set(caseId, replyLanguage(lang));
        return replyContext(c);
      }),
    render_reply: ({ macroId, lang, args }) => reply(() => macros.render(macroId, replyLanguage(lang), args)),
    reply_signature: ({ lang, args }) =>
      reply(() => {
        const l = replyLanguage(lang);
        return signatures.get(l) ?? macros.signature(l, args);
      }),
    list_signatures: () => reply(signatureList),
    set_signature: ({ lang, text }) =>
      reply(() => {
        const l = replyLanguage(lang);
        const trimmed = text.trim();
        if ([...trimmed].length > SIGNATURE_MAX_CHARS) fail('INVALID_INPUT', `a signature is at most ${SIGNATURE_MAX_CHARS} characters`);
        if (trimmed === '') signatures.delete(l);
        else signatures.set(l, trimmed);
        return signatureList();
      }),
    check_draft_language: ({ text, lang }) => reply(() => draftLanguageMismatch(text, replyLanguage(lang))),
    send_reply: ({ reply: out }) =>
      reply((): Message => {
        const c = find(out.case_id);
        if (out.body.trim() === '') fail('INVALID_INPUT', 'a reply needs a body');
        const at = new Date(Math.max(now(), Date.parse(c.case.updated_at) + 1000)).toISOString().replace(/\.\d{3}Z$/, 'Z');
        const message: Message = {
          id: `${c.case.id}-q${++sentSeq}`,
          case_id: c.case.id,
          author: MOCK_AGENT,
          direction: out.internal ? 'note' : 'outbound',
          body_text: out.body,
          body_html: null,
          language: replyLanguage(out.language),
          created_at: at,
          delivery: 'queued',
        };
        c.messages.push(message);
        c.case.updated_at = at;
        drafts.delete(c.case.id);
        return { ...message };
      }),
    set_agent_gender: ({ gender }) =>
      reply(() => {
        if (!GENDERS.includes(gender)) fail('INVALID_INPUT', `'${gender}' is not female, male or unknown`);
        agentGender = gender;
      }),
    macro_pack_status: () => reply(() => macros.status()),
    set_macro_pack_dir: ({ dir }) =>
      reply(() => {
        macros.setPackDir(dir);
        return macros.status();
      }),
    format_money: ({ amount, currency, lang }) =>
      reply(() => {
        const l = replyLanguage(lang);
        if (!/^\d{1,15}(\.\d+)?$/.test(amount.trim())) fail('INVALID_INPUT', `'${amount}' is not an amount (write it like 1234.50)`);
        const code = currency.trim().toUpperCase();
        if (!CURRENCIES.includes(code)) fail('INVALID_INPUT', `currency '${currency}' is not one Polydesk formats`);
        return new Intl.NumberFormat(l, { style: 'currency', currency: code }).format(Number(amount.trim()));
      }),
    format_date: ({ date, lang }) =>
      reply(() => {
        const l = replyLanguage(lang);
        const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
        const ms = m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : NaN;
        if (!m || Number.isNaN(ms) || new Date(ms).getUTCDate() !== Number(m[3])) {
          fail('INVALID_INPUT', `'${date}' is not a date (write it as YYYY-MM-DD)`);
        }
        return new Intl.DateTimeFormat(l, { dateStyle: 'long', timeZone: 'UTC' }).format(ms);
      }),
    // The mock's macros never change on disk.
    onMacrosChanged: () => Promise.resolve(() => undefined),
  };
}
