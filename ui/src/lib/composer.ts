// The reply composer's pure logic: which variables a macro needs and how they are edited,
// merging prefilled values with the agent's edits, filtering the picker, composing the
// text an insert puts in the draft, and which warnings stop a send. No DOM, no backend.
import type { MacroSummary } from './generated/MacroSummary';
import type { RenderedReply } from './generated/RenderedReply';
import type { ReplyArgs } from './generated/ReplyArgs';
import type { Currency } from './generated/Currency';
import type { ReplyLanguage } from './generated/ReplyLanguage';
import type { Status } from './generated/Status';
import type { UiLanguage } from './i18n/fluent';

/** Every reply locale, in Polydesk's order. */
export { CURRENCIES, REPLY_LANGUAGES } from './generated/choices';
export type { Currency } from './generated/Currency';

/** The reply locale the agent reads best: their UI language's. */
export const UI_REPLY_LOCALE: Record<UiLanguage, ReplyLanguage> = { en: 'en', 'pt-BR': 'pt-BR', 'zh-Hans': 'zh-Hans' };


/** The currency an amount is most likely in, for a reply in `lang`. */
export function defaultCurrency(lang: ReplyLanguage): Currency {
  switch (lang) {
    case 'pt-BR':
      return 'BRL';
    case 'pt-PT':
      return 'EUR';
    case 'zh-Hans':
      return 'CNY';
    case 'zh-Hant':
      return 'TWD';
    case 'en':
      return 'USD';
  }
}

/** Variables chosen from a fixed set, with their values in order. */
export const SELECT_VARIABLES: Record<string, readonly string[]> = {
  customer_gender: ['female', 'male', 'unknown'],
  formality: ['formal', 'informal'],
  agent_gender: ['female', 'male', 'unknown'],
};

const NUMBER_VARIABLES = new Set(['days', 'diamonds', 'item_count']);

/** How the form edits a variable. `money` and `date` are formatted per reply locale by the backend. */
export type VariableKind = 'text' | 'number' | 'select' | 'money' | 'date';

export function variableKind(name: string): VariableKind {
  if (name in SELECT_VARIABLES) return 'select';
  if (NUMBER_VARIABLES.has(name)) return 'number';
  if (name === 'amount') return 'money';
  if (name === 'date') return 'date';
  return 'text';
}

/** Filled from the case and the agent's profile: the form lists them after the macro's own. */
const ADDRESS_VARIABLES = [
  'customer_name',
  'customer_first_name',
  'customer_surname',
  'customer_gender',
  'formality',
  'agent_name',
  'agent_gender',
];

/**
 * The macro's variables split into its own (order kept) and those of the greeting/closing.
 * `variables` come from the source (English) variant, whose closing has no `agent_gender`;
 * the Portuguese closings agree with it (Obrigado/Obrigada), so a macro with the shared
 * greeting always offers it.
 */
export function groupVariables(variables: readonly string[]): { own: string[]; address: string[] } {
  const own = variables.filter((v) => !ADDRESS_VARIABLES.includes(v));
  const usesGreeting = variables.some((v) => ADDRESS_VARIABLES.includes(v));
  const address = ADDRESS_VARIABLES.filter((v) => variables.includes(v) || (usesGreeting && v === 'agent_gender'));
  return { own, address };
}

/** A value the agent cleared counts as missing: the backend then names it instead of rendering "". */
export function isBlank(value: string | undefined | null): boolean {
  return value === undefined || value === null || value.trim() === '';
}

/**
 * The args for a render: prefilled values, overridden by the agent's edits (an edit to ""
 * removes the value), with the per-locale formatted values (`amount`, `date`) on top.
 */
export function mergeArgs(
  prefilled: ReplyArgs,
  edits: Readonly<Record<string, string>>,
  formatted: Readonly<Record<string, string | undefined>> = {},
): ReplyArgs {
  const out: ReplyArgs = {};
  for (const [k, v] of Object.entries(prefilled)) if (v !== undefined && !isBlank(v)) out[k] = v;
  for (const [k, v] of Object.entries(edits)) {
    if (isBlank(v)) delete out[k];
    else out[k] = v.trim();
  }
  for (const [k, v] of Object.entries(formatted)) {
    if (v === undefined || isBlank(v)) delete out[k];
    else out[k] = v;
  }
  return out;
}

/** The value the form shows for `name`: the agent's edit, else the prefilled one. */
export function fieldValue(prefilled: ReplyArgs, edits: Readonly<Record<string, string>>, name: string): string {
  return edits[name] ?? prefilled[name] ?? '';
}

/** Lower case, accents stripped: "Reembolso" finds "reembolso", "acao" finds "Ação". */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * Macros matching every word of `query` in their title, id or category; title matches
 * first (those starting with the query before the rest), otherwise in the given order.
 */
export function filterMacros(macros: readonly MacroSummary[], query: string): MacroSummary[] {
  const q = fold(query.trim());
  if (q === '') return [...macros];
  const terms = q.split(/\s+/);
  const scored: { m: MacroSummary; score: number; i: number }[] = [];
  macros.forEach((m, i) => {
    const title = fold(m.title);
    const hay = `${title} ${fold(m.id)} ${fold(m.category ?? '')} ${fold((m.category ?? '').replace(/-/g, ' '))}`;
    if (!terms.every((t) => hay.includes(t))) return;
    const score = title.startsWith(q) ? 0 : terms.every((t) => title.includes(t)) ? 1 : 2;
    scored.push({ m, score, i });
  });
  return scored.sort((a, b) => a.score - b.score || a.i - b.i).map((s) => s.m);
}

/** The next highlighted index in a list of `count` after an arrow key (wrapping; -1 when empty). */
export function moveHighlight(current: number, delta: number, count: number): number {
  if (count <= 0) return -1;
  if (current < 0) return delta > 0 ? 0 : count - 1;
  return (((current + delta) % count) + count) % count;
}

/** True when rendered text still holds a placeholder (it must never reach a draft). */
export function hasPlaceholder(text: string): boolean {
  return text.includes('{$');
}

/**
 * The draft after inserting a rendered macro and the signature: the macro replaces an
 * empty draft, else follows it after a blank line. Null when the text still has a placeholder.
 */
export function composeInsert(draft: string, rendered: string, signature: string): string | null {
  if (hasPlaceholder(rendered) || hasPlaceholder(signature)) return null;
  const sig = signature.trim();
  const block = sig === '' ? rendered.trim() : `${rendered.trim()}\n\n${sig}`;
  return draft.trim() === '' ? block : `${draft.trimEnd()}\n\n${block}`;
}

/** `$amount`, `$days` named in a TEMPLATE error's message (for showing, never for branching). */
export function missingVariables(message: string): string[] {
  const names = [...message.matchAll(/\$([A-Za-z_][\w-]*)/g)].map((m) => m[1] as string);
  return [...new Set(names)];
}

/** What the composer remembers about the last macro it inserted. */
export interface InsertedMacro {
  macroId: string;
  /** The locale the inserted text is actually in. */
  used: ReplyLanguage;
  /** The status the macro moves the case to when the reply is sent (none: it stays). */
  status?: Status | null;
}

/** A fallback warning stays while the inserted text is in another locale than the reply's. */
export function insertedFallback(inserted: InsertedMacro | null, replyLanguage: ReplyLanguage): InsertedMacro | null {
  return inserted && inserted.used !== replyLanguage ? inserted : null;
}

/** Why a send would be stopped to ask first. */
export type SendWarning = 'fallback' | 'language-mismatch';

export function sendWarnings(opts: {
  internal: boolean;
  /** The preview or the inserted text fell back to another locale. */
  fallback: boolean;
  /** The draft language check found another language (null: it matches). */
  mismatch: string | null;
}): SendWarning[] {
  // Internal notes go to colleagues: the customer's language does not apply.
  if (opts.internal) return [];
  const out: SendWarning[] = [];
  if (opts.fallback) out.push('fallback');
  if (opts.mismatch !== null) out.push('language-mismatch');
  return out;
}

export type SendDecision = 'empty' | 'confirm' | 'send';

/**
 * What a send attempt does: nothing for an empty draft; with warnings showing and not yet
 * confirmed, ask first (the inline "Send anyway"); otherwise send.
 */
export function decideSend(body: string, warnings: readonly SendWarning[], confirmed: boolean): SendDecision {
  if (body.trim() === '') return 'empty';
  if (warnings.length > 0 && !confirmed) return 'confirm';
  return 'send';
}

/** One locale's render: the reply, or the error's code and message. */
export type RenderOutcome =
  | { ok: true; reply: RenderedReply }
  | { ok: false; code: string; message: string };

/**
 * An amount as the agent typed it, in the form the backend formats (`1234.5`): spaces
 * dropped, a lone decimal comma (`1234,50`, as Portuguese is written) read as a point.
 */
export function normalizeAmount(raw: string): string {
  const s = raw.replace(/[\s\u00a0]/g, '');
  return /^\d+,\d{1,2}$/.test(s) ? s.replace(',', '.') : s;
}

/** What solving asks for beyond the status: the root cause and the open escalation's outcome. */
export interface SolveChoice {
  root_cause?: string;
  outcome?: string;
}

/**
 * Whether a send refused with `code` can go once the agent says more: the macro moved the
 * case to `status`, which solves it, and solving asks for the root cause or the open
 * escalation's outcome (the solve dialog asks for both).
 */
export function solvesWith(status: Status, code: string): boolean {
  return (status === 'solved' || status === 'closed') && (code === 'ESCALATION_OPEN' || code === 'ROOT_CAUSE_REQUIRED');
}
