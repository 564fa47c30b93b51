// The mock backend's reply composer commands: macros (./mock-macros), the reply context
// prefilled from a case, reply languages, signatures, and money and dates per reply locale.
import type { AgentSignature } from '../generated/AgentSignature';
import type { ReplyArgs } from '../generated/ReplyArgs';
import type { ReplyContext } from '../generated/ReplyContext';
import type { ReplyLanguage } from '../generated/ReplyLanguage';
import { MOCK_AGENT, type MockCase } from './mock-data';
import { draftLanguageMismatch, replyLanguageFor } from './mock-language';
import { MOCK_REPLY_LANGUAGES, MockMacroLibrary } from './mock-macros';
import { BackendError, type AgentGender, type Backend } from './types';

const CURRENCIES = ['BRL', 'EUR', 'CNY', 'TWD', 'USD', 'GBP'];
const GENDERS: AgentGender[] = ['female', 'male', 'unknown'];
const SIGNATURE_MAX_CHARS = 2_000;

export type ReplyCommands = Pick<
  Backend,
  | 'list_macros'
  | 'get_reply_context'
  | 'set_reply_language'
  | 'render_reply'
  | 'reply_signature'
  | 'list_signatures'
  | 'set_signature'
  | 'check_draft_language'
  | 'set_agent_gender'
  | 'macro_pack_status'
  | 'set_macro_pack_dir'
  | 'format_money'
  | 'format_date'
  | 'onMacrosChanged'
>;

export interface ReplyHost {
  reply<T>(value: () => T): Promise<T>;
  find(id: string): MockCase;
  /** The agent's reply language per case (it sticks over suggestions). */
  replyChoices: Map<string, ReplyLanguage>;
  agentGender: AgentGender;
}

function fail(code: 'INVALID_INPUT', message: string): never {
  throw new BackendError(code, message);
}

export function replyLanguage(lang: string): ReplyLanguage {
  return MOCK_REPLY_LANGUAGES.find((l) => l === lang) ?? fail('INVALID_INPUT', `unknown reply language '${lang}'`);
}

export function replyCommands(host: ReplyHost): ReplyCommands {
  const { reply, find, replyChoices } = host;
  /** The agent's own signature per reply language (absent: the library's). */
  const signatures = new Map<ReplyLanguage, string>();
  const macros = new MockMacroLibrary();

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
      agent_gender: host.agentGender,
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
    set_agent_gender: ({ gender }) =>
      reply(() => {
        if (!GENDERS.includes(gender)) fail('INVALID_INPUT', `'${gender}' is not female, male or unknown`);
        host.agentGender = gender;
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
