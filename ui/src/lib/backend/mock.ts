// In-memory backend for the browser test and `vite dev` outside Tauri.
//
// URL query switches (read once, at start):
//   ?mock-error=CACHE_CORRUPT  workspace_status rejects with that code (CACHE_LOCKED: once;
//                              CACHE_CORRUPT / CACHE_TOO_NEW: until move_cache_aside);
//                              KEYCHAIN: the next save_connection with a secret rejects
//   ?mock-empty=1              start on an empty, never-synced cache (the welcome screen)
//   ?mock-cases=100000         add that many generated cases (a large inbox)
//   ?mock-delay=200            answer every command after that many milliseconds (default 4)
//   ?mock-connection=none      start with no CRM set up (else the demo CRM, online)
//   ?mock-autosync=1500        push queued changes that long after they are made while
//                              online (default: only on sync now, network up, resume, retry)
//
// Reply macros come from ./mock-macros (a few built-in macros, rendered with Fluent). A team
// pack folder is any absolute path; one containing "broken" reports a problem. The outbox,
// sync and the simulated CRM are in ./mock-outbox, ./mock-crm and ./mock-sync; files sent
// with a reply are checked as the Rust side does in ./mock-files.
import type { Attachment } from '../generated/Attachment';
import type { Case } from '../generated/Case';
import type { CaseDetail } from '../generated/CaseDetail';
import type { CaseSummary } from '../generated/CaseSummary';
import type { Draft } from '../generated/Draft';
import type { ErrorCode } from '../generated/ErrorCode';
import type { Message } from '../generated/Message';
import type { ReplyLanguage } from '../generated/ReplyLanguage';
import type { WorkspaceStatus } from '../generated/WorkspaceStatus';
import { attachReplyFiles } from './mock-files';
import { buildSeedCases, buildSyntheticCases, MOCK_AGENT, type MockCase } from './mock-data';
import { MockCrm } from './mock-crm';
import { changesSince } from './mock-merge';
import { MockOutbox } from './mock-outbox';
import { replyCommands, replyLanguage, type ReplyHost } from './mock-replies';
import { foldForSearch, searchCases } from './mock-search';
import { syncCommands } from './mock-sync';
import { casesInView, VIEWS, viewCounts } from './mock-views';
import { matchUiLanguage, UI_LANGUAGES, type UiLanguage } from '../i18n/fluent';
import { BackendError, type Backend } from './types';

export { foldForSearch };

const ERROR_CODES: ErrorCode[] = ['INVALID_INPUT', 'NOT_FOUND', 'CACHE_CORRUPT', 'CACHE_LOCKED', 'CACHE_TOO_NEW', 'STORAGE', 'KEYCHAIN'];
const LANGUAGE_KEY = 'polydesk.mock.ui-language';

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
  /** How long a sync takes (default 250 ms; tests make it short). */
  syncMs?: number;
}

function iso(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export function createMockBackend(options: MockOptions = {}): Backend {
  const params = new URLSearchParams(options.search ?? '');
  const now = options.now ?? (() => Date.now());
  const storage = options.storage ?? browserStorage();
  const requested = ERROR_CODES.find((c) => c === params.get('mock-error')) ?? null;
  let pendingError: ErrorCode | null = requested === 'KEYCHAIN' ? null : requested;
  const delayMs = Math.max(0, Number(params.get('mock-delay') ?? 4) || 0);
  const extra = Math.min(1_000_000, Math.max(0, Math.floor(Number(params.get('mock-cases') ?? 0) || 0)));
  const empty = params.get('mock-empty') === '1';

  let cases: MockCase[] = [];
  let lastSync: string | null = null;
  const drafts = new Map<string, Draft>();
  let sentSeq = 0;
  let fileSeq = 0;
  const saved = storage.get(LANGUAGE_KEY);
  let uiLanguage: UiLanguage =
    UI_LANGUAGES.find((l) => l === saved) ??
    matchUiLanguage(options.locale ?? (typeof navigator === 'undefined' ? 'en' : navigator.language));

  function loadDemo(): void {
    const t = now();
    cases = [...buildSeedCases(t), ...buildSyntheticCases(t, extra)];
    lastSync = 'demo';
  }
  if (!empty) loadDemo();

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

  function find(id: string): MockCase {
    return cases.find((c) => c.case.id === id) ?? fail('NOT_FOUND', `no case '${id}'`);
  }

  const replyHost: ReplyHost = { reply, find, replyChoices: new Map<string, ReplyLanguage>(), agentGender: 'female' };
  const outbox = new MockOutbox(find);
  const casesListeners = new Set<() => void>();
  const crm = new MockCrm(
    {
      now,
      cases: () => cases,
      find,
      outbox,
      casesChanged: () => setTimeout(() => casesListeners.forEach((cb) => cb()), 0),
    },
    {
      connected: !empty && params.get('mock-connection') !== 'none',
      autosyncMs: Math.max(0, Number(params.get('mock-autosync') ?? 0) || 0),
      keychainFails: requested === 'KEYCHAIN',
      syncMs: options.syncMs ?? 250,
    },
  );

  function status(): WorkspaceStatus {
    const bytes = cases.length === 0 ? 45_056 : 180_224 + cases.length * 9_100;
    return {
      case_count: cases.length,
      cache_bytes: BigInt(bytes),
      last_sync: lastSync,
      agent_name: MOCK_AGENT,
      ui_language: uiLanguage,
      agent_gender: replyHost.agentGender,
    };
  }

  /** Every case as the agent sees it: pending field changes shown on top. */
  function shown(): Case[] {
    const touched = outbox.caseIds();
    return cases.map((c) => (touched.has(c.case.id) ? outbox.overlay(c.case) : c.case));
  }

  function summary(k: Case): CaseSummary {
    return {
      id: k.id,
      subject: k.subject,
      status: k.status,
      priority: k.priority,
      reply_language: replyHost.replyChoices.get(k.id) ?? k.reply_language,
      customer: { id: k.customer.id, name: k.customer.name },
      assignee: k.assignee,
      group: k.group,
      updated_at: k.updated_at,
      sla_due_at: k.sla_due_at,
      has_draft: drafts.has(k.id),
      pending: outbox.countFor(k.id),
    };
  }

  function detail(id: string): CaseDetail {
    const c = find(id);
    const { changes, conflicts } = outbox.pendingFields(id);
    return {
      ...outbox.overlay(c.case),
      custom_fields: { ...c.case.custom_fields },
      reply_language: replyHost.replyChoices.get(id) ?? c.case.reply_language,
      messages: c.messages.map((m) => ({ ...m })),
      draft: drafts.get(id) ?? null,
      pending: outbox.countFor(id),
      pending_changes: changes,
      conflicts,
    };
  }

  /** A reply or note by the agent: in the thread at once (queued) and in the outbox. */
  function queueMessage(
    c: MockCase,
    body: string,
    internal: boolean,
    language: string | null,
    attachments: Attachment[] = [],
  ): Message {
    const at = iso(Math.max(now(), Date.parse(c.case.updated_at) + 1000));
    const message: Message = {
      id: `${c.case.id}-q${++sentSeq}`,
      case_id: c.case.id,
      author: MOCK_AGENT,
      direction: internal ? 'note' : 'outbound',
      body_text: body,
      body_html: null,
      language,
      created_at: at,
      delivery: 'queued',
      attachments,
    };
    c.messages.push(message);
    c.case.updated_at = at;
    outbox.queueMessage(message, internal);
    return message;
  }

  return {
    initial_status: () => null,
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
        crm.connectDemo();
        return status();
      }),
    move_cache_aside: () =>
      reply(() => {
        pendingError = null;
        cases = [];
        lastSync = null;
        drafts.clear();
        outbox.clear();
        return status();
      }),
    list_views: () =>
      reply(() => viewCounts(shown(), now())),
    list_cases: ({ view, offset, limit }) =>
      reply(() => {
        if (!VIEWS.includes(view)) fail('INVALID_INPUT', `unknown view '${view}'`);
        if (!(limit >= 1 && limit <= 500) || offset < 0) fail('INVALID_INPUT', 'limit must be 1..=500');
        const list = casesInView(shown(), view, now());
        return { view, total: list.length, offset, cases: list.slice(offset, offset + limit).map(summary) };
      }),
    get_case: ({ id }) => reply(() => detail(id)),
    search_cases: ({ query, limit }) =>
      reply(() => {
        if (foldForSearch(query.trim()) === '') fail('INVALID_INPUT', 'empty search query');
        return searchCases(cases, query.trim(), limit);
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
    show_main_window: () => reply(() => undefined),
    open_attachment: ({ caseId, messageId, attachmentId }) =>
      reply(() => {
        const m = find(caseId).messages.find((x) => x.id === messageId);
        const a = m?.attachments.find((x) => x.id === attachmentId);
        if (!a) fail('NOT_FOUND', `message ${messageId} has no attachment ${attachmentId}`);
        return `~/.local/share/polydesk/attachments/${attachmentId}/${a.file_name}`;
      }),
    send_reply: ({ reply: out, seen, sendAnyway }) =>
      reply(() => {
        const c = find(out.case_id);
        if (out.body.trim() === '') fail('INVALID_INPUT', 'the reply is empty: write something before sending');
        const language = replyLanguage(out.language);
        if (seen && !sendAnyway) {
          const changes = changesSince(seen, detail(c.case.id), MOCK_AGENT);
          if (changes.length > 0) return { outcome: 'case-changed' as const, changes };
        }
        const attachments = attachReplyFiles(out.files, () => `local-${++fileSeq}`);
        const message = queueMessage(c, out.body.trimEnd(), out.internal, language, attachments);
        drafts.delete(c.case.id);
        crm.queued();
        return { outcome: 'queued' as const, message: { ...message, attachments: attachments.map((a) => ({ ...a })) } };
      }),
    ...replyCommands(replyHost),
    ...syncCommands({
      reply,
      now,
      cases: () => cases,
      find,
      detail,
      queueNote: (caseId, body) => void queueMessage(find(caseId), body, true, null),
      outbox,
      crm,
      casesListeners,
    }),
  };
}
