// The mock backend's reply macros: four of the built-in macros (real text, as in
// locales/<tag>/macros/), rendered with @fluent/bundle the way the Rust side renders
// them with fluent-rs: missing variables are refused (TEMPLATE), never left as `{$x}`,
// and a locale without the macro falls back along the same chain, reported in `fallback`.
// `info-request-more` has only en and pt-BR variants, so it exercises the fallback.
import { FluentBundle, FluentNumber, FluentResource, type FluentVariable } from '@fluent/bundle';
import type { MacroPackStatus } from '../generated/MacroPackStatus';
import type { MacroSummary } from '../generated/MacroSummary';
import type { PackProblem } from '../generated/PackProblem';
import type { RenderedReply } from '../generated/RenderedReply';
import type { ReplyArgs } from '../generated/ReplyArgs';
import type { ReplyLanguage } from '../generated/ReplyLanguage';
import type { Status } from '../generated/Status';
import { BackendError } from './types';

export const MOCK_REPLY_LANGUAGES: ReplyLanguage[] = ['en', 'pt-BR', 'pt-PT', 'zh-Hans', 'zh-Hant'];

/** As `polydesk_core::replies::fallback_chain`. */
export const FALLBACK_CHAINS: Record<ReplyLanguage, ReplyLanguage[]> = {
  en: ['en'],
  'pt-BR': ['pt-BR', 'pt-PT', 'en'],
  'pt-PT': ['pt-PT', 'pt-BR', 'en'],
  'zh-Hans': ['zh-Hans', 'zh-Hant', 'en'],
  'zh-Hant': ['zh-Hant', 'zh-Hans', 'en'],
};

const SHARED = new Set(['greeting', 'closing', 'signature']);

interface Meta {
  category: string;
  status: Status;
  tags: string[];
}

const META: Record<string, Meta> = {
  'refund-approved': { category: 'refunds', status: 'solved', tags: ['refund'] },
  'escalation-acknowledged': { category: 'escalation', status: 'on-hold', tags: ['escalation'] },
  'payout-delayed': { category: 'creator-earnings', status: 'on-hold', tags: ['payout', 'diamonds'] },
  'info-request-more': { category: 'general', status: 'pending', tags: ['info-request'] },
};

/** What a team pack folder adds in the mock: one English-only macro. */
const PACK_SOURCE = `team-welcome-back =
    { greeting }

    Welcome back! Your case { $case_ref } is open again and the team { $team } has it.

    { closing }
    .title = Team: welcome back
`;

export const MOCK_MACRO_SOURCES: Record<ReplyLanguage, string> = {
  'en': `
greeting =
    { $formality ->
        [formal] { $customer_gender ->
            [female] Dear Ms. { $customer_surname },
            [male] Dear Mr. { $customer_surname },
           *[other] Dear { $customer_name },
        }
       *[other] Hi { $customer_first_name },
    }

closing =
    Thanks for reaching out, and have a great day!

signature =
    Best regards,
    { $agent_name }
    Customer Support

refund-approved =
    { greeting }

    Good news: your refund of { $amount } for order { $order_id } has been approved. The money will go back to your original payment method, and you should see it { $days ->
        [0] later today
        [one] within { $days } business day
       *[other] within { $days } business days
    }, depending on your bank. You’ll also get a notification as soon as the refund has been sent.

    { closing }
    .title = Refund approved

escalation-acknowledged =
    { greeting }

    Thank you for your patience. Your case needs a closer look, so we’ve passed this to the specialist team { $team }, reference { $case_ref }. They’ll review it and get back to you { $days ->
        [0] by the end of today
        [one] within { $days } business day
       *[other] within { $days } business days
    }. There’s nothing you need to do in the meantime, but if you write to us again, please mention the reference so we can find your case quickly.

    { closing }
    .title = Escalated to specialist team

payout-delayed =
    { greeting }

    Thank you for your patience with your diamond payout of { $amount }, requested on { $date }. Payouts are taking a little longer than usual to process right now, and I’m sorry for the wait. Your request is already in the queue and there’s nothing you need to do: you should receive the funds { $days ->
        [0] by the end of today
        [one] within { $days } business day
       *[other] within { $days } business days
    }.

    { closing }
    .title = Diamond payout delayed

info-request-more =
    { greeting }

    To look into this properly, I need a few more details: the username of the account involved, a short description of what happened and roughly when, and any order or transaction number related to the issue. As soon as I have these, I’ll pick up your case { $case_ref } again straight away.

    { closing }
    .title = Request more information
`,
  'pt-BR': `
greeting =
    { $formality ->
        [formal] { $customer_gender ->
            [female] Prezada { $customer_name },
            [male] Prezado { $customer_name },
           *[other] Olá, { $customer_name }!
        }
       *[other] Olá, { $customer_first_name }!
    }

closing =
    { $agent_gender ->
        [female] Obrigada
       *[other] Obrigado
    } pelo contato!

signature =
    Atenciosamente,
    { $agent_name }
    Equipe de Atendimento

refund-approved =
    { greeting }

    Boa notícia: o reembolso de { $amount } do pedido { $order_id } foi aprovado. O valor será devolvido para a forma de pagamento original e deve aparecer { $days ->
        [0] ainda hoje
        [one] em até { $days } dia útil
       *[other] em até { $days } dias úteis
    }, dependendo do seu banco. Você também vai receber uma notificação assim que o reembolso for enviado.

    { closing }
    .title = Reembolso aprovado

escalation-acknowledged =
    { greeting }

    Agradecemos sua paciência. Seu caso precisa de uma análise mais detalhada, por isso o encaminhamos para a equipe especializada { $team }, com a referência { $case_ref }. A equipe vai analisar tudo e dar um retorno { $days ->
        [0] ainda hoje
        [one] em até { $days } dia útil
       *[other] em até { $days } dias úteis
    }. Você não precisa fazer nada por enquanto, mas, se escrever para nós de novo, mencione a referência para localizarmos o seu caso mais rápido.

    { closing }
    .title = Caso encaminhado à equipe especializada

payout-delayed =
    { greeting }

    Agradecemos sua paciência com o saque de { $amount } referente aos seus diamantes, solicitado em { $date }. No momento, os pagamentos estão levando um pouco mais de tempo do que o normal para serem processados, e pedimos desculpas pela espera. Sua solicitação já está na fila e você não precisa fazer nada: o valor deve cair na sua conta { $days ->
        [0] ainda hoje
        [one] em até { $days } dia útil
       *[other] em até { $days } dias úteis
    }.

    { closing }
    .title = Atraso no saque de diamantes

info-request-more =
    { greeting }

    Para analisar a sua solicitação com cuidado, preciso de mais alguns detalhes: o nome de usuário da conta envolvida, uma breve descrição do que aconteceu e quando, e o número do pedido ou da transação relacionado ao problema, se houver. Assim que receber essas informações, retomo o seu caso { $case_ref } imediatamente.

    { closing }
    .title = Solicitar mais informações
`,
  'pt-PT': `
greeting =
    { $formality ->
        [informal] Olá { $customer_first_name },
       *[other] { $customer_gender ->
            [female] Cara { $customer_name },
            [male] Caro { $customer_name },
           *[other] Olá { $customer_name },
        }
    }

closing =
    { $agent_gender ->
        [female] Obrigada
       *[other] Obrigado
    } pelo seu contacto.

signature =
    Com os melhores cumprimentos,
    { $agent_name }
    Equipa de Apoio ao Cliente

refund-approved =
    { greeting }

    Boas notícias: o reembolso de { $amount } referente à encomenda { $order_id } foi aprovado. O valor será devolvido para o método de pagamento original e deverá ficar visível { $days ->
        [0] ainda hoje
        [one] no prazo de { $days } dia útil
       *[other] no prazo de { $days } dias úteis
    }, consoante o seu banco. Receberá também uma notificação assim que o reembolso for enviado.

    { closing }
    .title = Reembolso aprovado

escalation-acknowledged =
    { greeting }

    Agradecemos a sua paciência. O seu caso precisa de uma análise mais aprofundada, por isso encaminhámo-lo para a equipa especializada { $team }, com a referência { $case_ref }. A equipa irá analisá-lo e dar-lhe uma resposta { $days ->
        [0] ainda hoje
        [one] no prazo de { $days } dia útil
       *[other] no prazo de { $days } dias úteis
    }. Entretanto, não precisa de fazer nada, mas, se nos voltar a escrever, indique a referência para encontrarmos o seu caso mais depressa.

    { closing }
    .title = Caso encaminhado para a equipa especializada

payout-delayed =
    { greeting }

    Agradecemos a sua paciência relativamente ao pagamento de { $amount } dos seus diamantes, pedido no dia { $date }. Neste momento, os pagamentos estão a demorar um pouco mais do que o habitual a ser processados, e pedimos desculpa pela espera. O seu pedido já está na fila e não precisa de fazer nada: deverá receber o valor { $days ->
        [0] ainda hoje
        [one] no prazo de { $days } dia útil
       *[other] no prazo de { $days } dias úteis
    }.

    { closing }
    .title = Atraso no pagamento de diamantes
`,
  'zh-Hans': `
greeting =
    { $formality ->
        [informal] { $customer_first_name }，您好！
       *[other] { $customer_gender ->
            [female] { $customer_surname }女士，您好！
            [male] { $customer_surname }先生，您好！
           *[other] 您好！
        }
    }

closing =
    如有其他问题，欢迎随时联系我们。祝您生活愉快！

signature =
    客服专员 { $agent_name }
    客户服务中心

refund-approved =
    { greeting }

    好消息！您订单{ $order_id }的退款{ $amount }已审核通过。款项将原路退回，预计{ $days ->
        [0] 今天之内
       *[other] { $days }个工作日内
    }到账，具体时间以银行处理为准。退款发出后，您还会收到一条通知。

    { closing }
    .title = 退款已通过

escalation-acknowledged =
    { greeting }

    感谢您的耐心等待。您的问题需要进一步核查，我们已将其转交至专项团队{ $team }处理，案件编号为{ $case_ref }。该团队将进行审核，并于{ $days ->
        [0] 今天之内
       *[other] { $days }个工作日内
    }回复您。在此期间您无需进行任何操作；如您再次联系我们，请提供案件编号，以便我们快速查找您的案件。

    { closing }
    .title = 已转交专项团队

payout-delayed =
    { greeting }

    感谢您的耐心等待。您于{ $date }申请的钻石提现（金额：{ $amount }）目前处理时间比平时稍长，非常抱歉给您带来不便。您的申请已在处理队列中，无需进行任何操作，款项预计将于{ $days ->
        [0] 今天之内
       *[other] { $days }个工作日内
    }到账。

    { closing }
    .title = 钻石提现延迟
`,
  'zh-Hant': `
greeting =
    { $formality ->
        [informal] { $customer_first_name }，您好！
       *[other] { $customer_gender ->
            [female] { $customer_surname }小姐，您好！
            [male] { $customer_surname }先生，您好！
           *[other] 您好！
        }
    }

closing =
    如有任何問題，歡迎隨時與我們聯繫，祝您有美好的一天！

signature =
    客服專員 { $agent_name } 敬上

refund-approved =
    { greeting }

    好消息！您訂單{ $order_id }的退款{ $amount }已核准。款項將退回您的原付款方式，預計{ $days ->
        [0] 今天內
       *[other] { $days }個工作天內
    }入帳，實際時間依銀行作業而定。退款送出後，您也會收到一則通知。

    { closing }
    .title = 退款已核准

escalation-acknowledged =
    { greeting }

    感謝您耐心等候。您的問題需要進一步確認，我們已將此案轉交給專責團隊{ $team }處理，案件編號為{ $case_ref }。該團隊會進行審查，並於{ $days ->
        [0] 今天內
       *[other] { $days }個工作天內
    }回覆您。在此期間您不需要進行任何操作；若您再次聯繫我們，請提供案件編號，以便我們快速找到您的案件。

    { closing }
    .title = 已轉交專責團隊

payout-delayed =
    { greeting }

    感謝您耐心等候。您於{ $date }申請的鑽石提領（金額：{ $amount }）目前處理時間比平常稍長，非常抱歉造成您的不便。您的申請已在處理佇列中，不需要進行任何操作，款項預計於{ $days ->
        [0] 今天內
       *[other] { $days }個工作天內
    }入帳。

    { closing }
    .title = 鑽石提領延遲
`,
};

// The runtime AST of @fluent/bundle, walked for variable names and message references.
type Node = { type?: string; name?: string; [key: string]: unknown };

function collect(node: unknown, vars: string[], refs: string[]): void {
  if (Array.isArray(node)) {
    for (const n of node) collect(n, vars, refs);
    return;
  }
  if (!node || typeof node !== 'object') return;
  const n = node as Node;
  if (n.type === 'var' && typeof n.name === 'string' && !vars.includes(n.name)) vars.push(n.name);
  if (n.type === 'mesg' && typeof n.name === 'string' && !refs.includes(n.name)) refs.push(n.name);
  for (const value of Object.values(n)) collect(value, vars, refs);
}

/** `0`, `12`, `3.5`, `-2`, but not `00123` or `1e3` (as `is_plain_decimal` on the Rust side). */
export function isPlainDecimal(s: string): boolean {
  return /^-?(0|[1-9]\d{0,14})(\.\d+)?$/.test(s);
}

function toFluent(args: ReplyArgs): Record<string, FluentVariable> {
  const out: Record<string, FluentVariable> = {};
  for (const [k, v] of Object.entries(args)) {
    if (v === undefined) continue;
    // fluent-rs prints numbers without grouping: an order id stays 5801234567890.
    out[k] = isPlainDecimal(v) ? new FluentNumber(Number(v), { useGrouping: false, maximumFractionDigits: 20 }) : v;
  }
  return out;
}

export class MockMacroLibrary {
  #bundles = new Map<ReplyLanguage, FluentBundle>();
  #resources = new Map<ReplyLanguage, FluentResource[]>();
  #origin = new Map<string, string>();
  packDir: string | null = null;
  problems: PackProblem[] = [];

  constructor() {
    this.#load();
  }

  #load(): void {
    this.#bundles.clear();
    this.#resources.clear();
    this.#origin.clear();
    for (const lang of MOCK_REPLY_LANGUAGES) {
      const bundle = new FluentBundle(lang, { useIsolating: false });
      const resources = [new FluentResource(MOCK_MACRO_SOURCES[lang])];
      if (this.packDir !== null && lang === 'en') resources.push(new FluentResource(PACK_SOURCE));
      for (const r of resources) bundle.addResource(r);
      this.#bundles.set(lang, bundle);
      this.#resources.set(lang, resources);
    }
    const folder = this.packDir?.split(/[\\/]/).filter(Boolean).pop() ?? 'team';
    for (const id of this.ids()) this.#origin.set(id, META[id] ? 'built-in' : folder);
  }

  /** Point at a team pack folder (null: none). Rejects what does not look like a folder path. */
  setPackDir(dir: string | null): void {
    const trimmed = dir?.trim() ?? '';
    if (dir !== null && !/^(\/|~|[A-Za-z]:[\\/])/.test(trimmed)) {
      throw new BackendError('INVALID_INPUT', `'${dir}' is not a folder`);
    }
    this.packDir = dir === null ? null : trimmed;
    this.problems =
      this.packDir !== null && this.packDir.includes('broken')
        ? [{ file: 'billing.ftl', line: 12, message: 'expected a message body after "refund-partial ="' }]
        : [];
    this.#load();
  }

  status(): MacroPackStatus {
    return { dir: this.packDir, problems: this.problems.map((p) => ({ ...p })), macro_count: this.ids().length };
  }

  ids(): string[] {
    const ids = new Set<string>();
    for (const resources of this.#resources.values()) {
      for (const r of resources) for (const m of r.body) if (!m.id.startsWith('-') && !SHARED.has(m.id)) ids.add(m.id);
    }
    return [...ids].sort();
  }

  locales(id: string): ReplyLanguage[] {
    return MOCK_REPLY_LANGUAGES.filter((l) => this.#bundles.get(l)?.hasMessage(id));
  }

  /** The variables `id` uses in its source variant (English, else its first locale), references followed. */
  variables(id: string): string[] {
    const lang = this.locales(id).includes('en') ? 'en' : this.locales(id)[0];
    const bundle = lang ? this.#bundles.get(lang) : undefined;
    const vars: string[] = [];
    const seen = new Set<string>();
    const visit = (msgId: string) => {
      if (seen.has(msgId)) return;
      seen.add(msgId);
      const msg = bundle?.getMessage(msgId);
      if (!msg) return;
      const refs: string[] = [];
      collect(msg.value, vars, refs);
      for (const r of refs) visit(r);
    };
    visit(id);
    return vars;
  }

  title(id: string, lang: ReplyLanguage): string {
    for (const l of FALLBACK_CHAINS[lang]) {
      const bundle = this.#bundles.get(l);
      const attr = bundle?.getMessage(id)?.attributes['title'];
      if (bundle && attr) return bundle.formatPattern(attr);
    }
    return id;
  }

  list(lang: ReplyLanguage): MacroSummary[] {
    return this.ids().map((id) => ({
      id,
      title: this.title(id, lang),
      category: META[id]?.category ?? null,
      status: META[id]?.status ?? null,
      tags: META[id]?.tags ?? [],
      locales: this.locales(id),
      variables: this.variables(id),
      origin: this.#origin.get(id) ?? 'built-in',
    }));
  }

  #format(lang: ReplyLanguage, id: string, args: ReplyArgs): string {
    const bundle = this.#bundles.get(lang) as FluentBundle;
    const pattern = bundle.getMessage(id)?.value;
    if (!pattern) throw new BackendError('TEMPLATE', `macro '${id}' (${lang}) has no text`);
    const errors: Error[] = [];
    const text = bundle.formatPattern(pattern, toFluent(args), errors);
    if (errors.length > 0) {
      const missing = new Set<string>();
      const other = new Set<string>();
      for (const e of errors) {
        const m = /^Unknown variable: (\$[\w-]+)$/.exec(e.message);
        if (m) missing.add(m[1] as string);
        else other.add(e.message);
      }
      const parts = missing.size > 0 ? [`missing variable ${[...missing].sort().join(', ')}`] : [];
      parts.push(...[...other].sort());
      throw new BackendError('TEMPLATE', `macro '${id}' (${lang}) cannot be rendered: ${parts.join('; ')}`);
    }
    if (text.includes('{$')) {
      throw new BackendError('TEMPLATE', `macro '${id}' (${lang}) rendered with a placeholder left in it`);
    }
    return text;
  }

  render(id: string, lang: ReplyLanguage, args: ReplyArgs): RenderedReply {
    if (SHARED.has(id)) throw new BackendError('INVALID_INPUT', `there is no macro '${id}' in the library`);
    const used = FALLBACK_CHAINS[lang].find((l) => this.#bundles.get(l)?.hasMessage(id));
    if (!used) throw new BackendError('INVALID_INPUT', `there is no macro '${id}' in the library`);
    const text = this.#format(used, id, args);
    const fallback =
      used === lang
        ? null
        : `'${id}' has no ${lang} variant; this text is in ${used}. Check forms of address and vocabulary before sending.`;
    return { macro_id: id, text, requested: lang, used, fallback };
  }

  signature(lang: ReplyLanguage, args: ReplyArgs): string {
    const used = FALLBACK_CHAINS[lang].find((l) => this.#bundles.get(l)?.hasMessage('signature')) ?? 'en';
    return this.#format(used, 'signature', args);
  }
}
