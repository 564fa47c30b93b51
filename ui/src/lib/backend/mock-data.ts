// The mock backend's built-in workspace: a dozen multilingual cases with short threads.
// Times are minutes relative to "now" so SLA clocks and relative times look alive.
import type { Case } from '../generated/Case';
import type { Customer } from '../generated/Customer';
import type { Direction } from '../generated/Direction';
import type { Message } from '../generated/Message';

/** The agent the mock workspace belongs to ("My open" is theirs). */
export const MOCK_AGENT = 'Ana Souza';

export interface SeedMessage {
  author: string;
  direction: Direction;
  /** Minutes before now. */
  ago: number;
  language: string | null;
  text: string;
  html?: string;
}

export interface SeedCase
  extends Omit<Case, 'id' | 'source' | 'crm_id' | 'created_at' | 'updated_at' | 'sla_due_at' | 'custom_fields'> {
  /** The CRM's custom fields under Polydesk's names (`order_id`, `creator_id`); none if absent. */
  custom_fields?: Record<string, string>;
  crmId: number;
  /** Minutes from now until the SLA breach (negative: overdue); null: no clock. */
  slaIn: number | null;
  messages: SeedMessage[];
}

function customer(
  id: string,
  name: string,
  handle: string | null,
  kind: Customer['kind'],
  locale: string | null,
  country: string | null,
): Customer {
  return { id, name, handle, email: null, kind, locale, country };
}

export const SEED_CASES: SeedCase[] = [
  {
    crmId: 1001,
    custom_fields: { order_id: '88213', creator_id: 'CR-40871' },
    subject: 'Não recebi os diamantes da recarga',
    status: 'open',
    priority: 'high',
    customer: customer('cus-lucas', 'Lucas Pereira', '@lucas.live', 'creator', 'pt-BR', 'BR'),
    assignee: MOCK_AGENT,
    group: 'Payments',
    tags: ['recarga', 'pix'],
    reply_language: 'pt-BR',
    slaIn: -130,
    messages: [
      {
        author: 'Lucas Pereira',
        direction: 'inbound',
        ago: 26 * 60,
        language: 'pt-BR',
        text: 'Oi! Fiz uma recarga de 500 diamantes ontem à noite pelo Pix e não recebi os diamantes na minha conta.\nO valor já saiu do meu banco. Segue o comprovante.',
      },
      {
        author: 'Ana Souza',
        direction: 'note',
        ago: 25 * 60,
        language: 'pt-BR',
        text: 'Pix confirmado no gateway (pedido #88213). Crédito travado na fila; abri chamado com Pagamentos.',
      },
      {
        author: 'Ana Souza',
        direction: 'outbound',
        ago: 24 * 60,
        language: 'pt-BR',
        text: 'Oi, Lucas! Obrigada pelo comprovante. Já localizamos o pagamento e pedimos a liberação dos diamantes. Aviso assim que cair na sua conta.',
        html: '<p>Oi, Lucas! Obrigada pelo comprovante.</p><p>Já localizamos o pagamento e pedimos a <strong>liberação dos diamantes</strong>. Aviso assim que cair na sua conta.</p>',
      },
      {
        author: 'Lucas Pereira',
        direction: 'inbound',
        ago: 3 * 60,
        language: 'pt-BR',
        text: 'Ainda nada por aqui... tenho uma live hoje às 20h e preciso dos diamantes pra campanha.',
      },
    ],
  },
  {
    crmId: 1002,
    custom_fields: { order_id: '20240611-7731' },
    subject: '退款还没到账',
    status: 'open',
    priority: 'urgent',
    customer: customer('cus-wangfang', '王芳', '@wangfang', 'viewer', 'zh-CN', 'CN'),
    assignee: null,
    group: 'Payments',
    tags: ['退款', 'alipay'],
    reply_language: 'zh-Hans',
    slaIn: 180,
    messages: [
      {
        author: '王芳',
        direction: 'inbound',
        ago: 50 * 60,
        language: 'zh-Hans',
        text: '你好，我上周申请的退款还没到账，订单号 20240611-7731，麻烦帮我查一下。',
      },
      {
        author: 'Chen Jie',
        direction: 'outbound',
        ago: 48 * 60,
        language: 'zh-Hans',
        text: '王女士您好！退款已于周三发起，支付宝一般需要 3～5 个工作日到账，请您耐心等待。',
      },
      {
        author: 'Chen Jie',
        direction: 'note',
        ago: 47 * 60,
        language: 'zh-Hans',
        text: '支付团队确认：退款流水号 RF-55120，状态“银行处理中”。',
      },
      {
        author: '王芳',
        direction: 'inbound',
        ago: 90,
        language: 'zh-Hans',
        text: '已经过了五个工作日了，退款还没到账。能不能给我一个准确的时间？',
      },
    ],
  },
  {
    crmId: 1003,
    subject: '直播時畫面一直卡頓',
    status: 'new',
    priority: 'normal',
    customer: customer('cus-chen', '陳志明', '@zhiming.tw', 'creator', 'zh-TW', 'TW'),
    assignee: null,
    group: 'Tier 1',
    tags: ['直播', 'streaming'],
    reply_language: 'zh-Hant',
    slaIn: 420,
    messages: [
      {
        author: '陳志明',
        direction: 'inbound',
        ago: 40,
        language: 'zh-Hant',
        text: '您好，最近兩天開直播時畫面一直卡頓，觀眾也說聲音不同步。網路測速是正常的，請問該怎麼處理？',
      },
      {
        author: 'System',
        direction: 'note',
        ago: 38,
        language: 'en',
        text: 'Auto-tag: streaming quality. Ingest region: ap-east.',
      },
    ],
  },
  {
    crmId: 1004,
    custom_fields: { creator_id: 'CR-11802' },
    subject: 'Não consigo levantar os meus ganhos',
    status: 'open',
    priority: 'high',
    customer: customer('cus-joao', 'João Martins', '@joaomartins', 'creator', 'pt-PT', 'PT'),
    assignee: MOCK_AGENT,
    group: 'Payouts',
    tags: ['levantamento'],
    reply_language: 'pt-PT',
    slaIn: 75,
    messages: [
      {
        author: 'João Martins',
        direction: 'inbound',
        ago: 5 * 60,
        language: 'pt-PT',
        text: 'Boa tarde. Tento levantar os meus ganhos de maio e aparece sempre «IBAN inválido», mas o IBAN está correto.',
      },
      {
        author: 'Ana Souza',
        direction: 'outbound',
        ago: 4 * 60,
        language: 'pt-PT',
        text: 'Olá, João. Pode confirmar se o IBAN começa por PT50 e se o nome do titular é igual ao da conta?',
      },
      {
        author: 'João Martins',
        direction: 'inbound',
        ago: 2 * 60,
        language: 'pt-PT',
        text: 'Sim, começa por PT50 e o titular sou eu. Já experimentei no telemóvel e no computador.',
      },
    ],
  },
  {
    crmId: 1005,
    subject: 'Account locked after password reset',
    status: 'open',
    priority: 'normal',
    customer: customer('cus-emily', 'Emily Carter', '@emcarter', 'viewer', 'en-US', 'US'),
    assignee: 'Marcus Lee',
    group: 'Tier 1',
    tags: ['login'],
    reply_language: 'en',
    slaIn: 600,
    messages: [
      {
        author: 'Emily Carter',
        direction: 'inbound',
        ago: 3 * 60,
        language: 'en',
        text: 'Hi, I reset my password this morning and now the app says my account is locked. I never got a verification email.',
      },
      {
        author: 'Marcus Lee',
        direction: 'outbound',
        ago: 2 * 60 + 30,
        language: 'en',
        text: 'Hi Emily, sorry about that! I have cleared the lock. Could you try signing in again and let me know if the code arrives?',
        html: '<p>Hi Emily, sorry about that!</p><p>I have cleared the lock. Could you try signing in again and let me know if the code arrives?</p>',
      },
    ],
  },
  {
    crmId: 1006,
    custom_fields: { creator_id: 'CR-52990' },
    subject: 'Live caiu no meio da transmissão',
    status: 'pending',
    priority: 'normal',
    customer: customer('cus-mariana', 'Mariana Costa', '@mari.costa', 'creator', 'pt-BR', 'BR'),
    assignee: MOCK_AGENT,
    group: 'Tier 2',
    tags: ['live', 'android'],
    reply_language: 'pt-BR',
    slaIn: null,
    messages: [
      {
        author: 'Mariana Costa',
        direction: 'inbound',
        ago: 30 * 60,
        language: 'pt-BR',
        text: 'Minha live caiu duas vezes no meio da transmissão e perdi os presentes que estavam chegando. Uso Android 14.',
      },
      {
        author: 'Ana Souza',
        direction: 'outbound',
        ago: 28 * 60,
        language: 'pt-BR',
        text: 'Oi, Mariana! Você consegue mandar o horário aproximado das quedas? Assim a equipe técnica confere os registros.',
      },
      {
        author: 'Ana Souza',
        direction: 'note',
        ago: 28 * 60 - 5,
        language: 'pt-BR',
        text: 'Aguardando horários para cruzar com o log do servidor de ingestão.',
      },
    ],
  },
  {
    crmId: 1007,
    custom_fields: { order_id: '7710-5523-90' },
    subject: '商品链接无法显示在直播间',
    status: 'open',
    priority: 'high',
    customer: customer('cus-lina', '李娜', '@lina.shop', 'seller', 'zh-CN', 'CN'),
    assignee: 'Chen Jie',
    group: 'Commerce',
    tags: ['商品', 'seller'],
    reply_language: 'zh-Hans',
    slaIn: -45,
    messages: [
      {
        author: '李娜',
        direction: 'inbound',
        ago: 6 * 60,
        language: 'zh-Hans',
        text: '我在直播间添加了商品链接，但观众那边看不到购物车图标。\n已经重新登录过了，还是不行。',
      },
      {
        author: 'Chen Jie',
        direction: 'note',
        ago: 5 * 60,
        language: 'zh-Hans',
        text: '店铺资质审核中，商品暂不可见。需要和商家说明审核时间。',
      },
    ],
  },
  {
    crmId: 1008,
    subject: 'Refund for duplicate charge',
    status: 'open',
    priority: 'urgent',
    customer: customer('cus-tom', 'Tom Becker', '@tombecker', 'viewer', 'en-GB', 'GB'),
    assignee: null,
    group: 'Payments',
    tags: ['refund', 'card'],
    reply_language: 'en',
    slaIn: 20,
    messages: [
      {
        author: 'Tom Becker',
        direction: 'inbound',
        ago: 70,
        language: 'en',
        text: 'I was charged twice (£9.99) for the same coin pack. Please refund the duplicate charge.',
      },
      {
        author: 'Tom Becker',
        direction: 'inbound',
        ago: 15,
        language: 'en',
        text: 'Attaching my bank statement. Both charges are from today.',
      },
    ],
  },
  {
    crmId: 1009,
    subject: 'Como alterar a chave Pix para saques?',
    status: 'solved',
    priority: 'low',
    customer: customer('cus-rafael', 'Rafael Oliveira', '@rafa.oli', 'creator', 'pt-BR', 'BR'),
    assignee: MOCK_AGENT,
    group: 'Payouts',
    tags: ['pix', 'saque'],
    reply_language: 'pt-BR',
    slaIn: null,
    messages: [
      {
        author: 'Rafael Oliveira',
        direction: 'inbound',
        ago: 3 * 24 * 60,
        language: 'pt-BR',
        text: 'Como faço para alterar a chave Pix que recebe meus saques? Mudei de banco.',
      },
      {
        author: 'Ana Souza',
        direction: 'outbound',
        ago: 3 * 24 * 60 - 40,
        language: 'pt-BR',
        text: 'Oi, Rafael! Vá em Carteira → Saques → Chave Pix e toque em "Alterar". A nova chave vale a partir do próximo saque.',
      },
      {
        author: 'Rafael Oliveira',
        direction: 'inbound',
        ago: 3 * 24 * 60 - 90,
        language: 'pt-BR',
        text: 'Deu certo, valeu!',
      },
    ],
  },
  {
    crmId: 1010,
    subject: '帳號被盜，請協助凍結',
    status: 'on-hold',
    priority: 'urgent',
    customer: customer('cus-meiling', '林美玲', '@meiling', 'seller', 'zh-HK', 'HK'),
    assignee: 'Chen Jie',
    group: 'Trust & Safety',
    tags: ['安全'],
    reply_language: 'zh-Hant',
    slaIn: null,
    messages: [
      {
        author: '林美玲',
        direction: 'inbound',
        ago: 9 * 60,
        language: 'zh-Hant',
        text: '我的帳號今天早上被別人登入，還改了綁定的手機號碼。請立刻幫我凍結帳號！',
      },
      {
        author: 'Chen Jie',
        direction: 'outbound',
        ago: 8 * 60 + 30,
        language: 'zh-Hant',
        text: '林小姐您好，我們已暫時凍結您的帳號。請提供身分證明文件，以便我們協助您恢復帳號。',
      },
      {
        author: 'Chen Jie',
        direction: 'note',
        ago: 8 * 60 + 20,
        language: 'en',
        text: 'Escalated to Trust & Safety, waiting for ID verification.',
      },
    ],
  },
  {
    crmId: 1011,
    subject: 'Question about creator fund eligibility',
    status: 'pending',
    priority: 'low',
    customer: customer('cus-priya', 'Priya Nair', '@priyacreates', 'creator', 'en-IN', 'IN'),
    assignee: 'Marcus Lee',
    group: 'Creator Success',
    tags: ['creator-fund'],
    reply_language: 'en',
    slaIn: null,
    messages: [
      {
        author: 'Priya Nair',
        direction: 'inbound',
        ago: 2 * 24 * 60,
        language: 'en',
        text: 'Hello! I crossed 10k followers last week. Am I eligible for the creator fund now, or is there a waiting period?',
      },
      {
        author: 'Marcus Lee',
        direction: 'outbound',
        ago: 2 * 24 * 60 - 60,
        language: 'en',
        text: 'Congrats on 10k! Eligibility is reviewed on the 1st of each month. Could you confirm your account is set to a creator profile?',
      },
    ],
  },
  {
    crmId: 1012,
    subject: 'Fatura com NIF errado',
    status: 'closed',
    priority: 'normal',
    customer: customer('cus-ines', 'Inês Almeida', null, 'seller', 'pt-PT', 'PT'),
    assignee: MOCK_AGENT,
    group: 'Billing',
    tags: ['fatura'],
    reply_language: 'pt-PT',
    slaIn: null,
    messages: [
      {
        author: 'Inês Almeida',
        direction: 'inbound',
        ago: 6 * 24 * 60,
        language: 'pt-PT',
        text: 'A fatura de abril saiu com o NIF errado. Podem emitir uma nova?',
      },
      {
        author: 'Ana Souza',
        direction: 'outbound',
        ago: 6 * 24 * 60 - 120,
        language: 'pt-PT',
        text: 'Olá, Inês. Já emitimos uma nota de crédito e uma nova fatura com o NIF correto. Seguem em anexo.',
      },
    ],
  },
  {
    crmId: 1013,
    subject: '礼物特效不显示',
    status: 'new',
    priority: 'normal',
    customer: customer('cus-zhangwei', '张伟', '@zhangwei88', 'viewer', 'zh-CN', 'CN'),
    assignee: null,
    group: 'Tier 1',
    tags: ['礼物'],
    reply_language: 'zh-Hans',
    slaIn: 900,
    messages: [
      {
        author: '张伟',
        direction: 'inbound',
        ago: 25,
        language: 'zh-Hans',
        text: '送礼物的时候特效不显示，只有文字提示。手机是 iPhone 13，已经更新到最新版本。',
      },
    ],
  },
];

export interface MockCase {
  case: Case;
  messages: Message[];
}

const MINUTE = 60_000;

function iso(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** The seed cases with real timestamps, `now` being the mock's start. */
export function buildSeedCases(now: number): MockCase[] {
  return SEED_CASES.map((seed) => {
    const id = `demo-${seed.crmId}`;
    const messages: Message[] = seed.messages.map((m, i) => ({
      id: `${id}-m${i + 1}`,
      case_id: id,
      author: m.author,
      direction: m.direction,
      body_text: m.text,
      body_html: m.html ?? null,
      language: m.language,
      created_at: iso(now - m.ago * MINUTE),
      delivery: 'sent',
      // The first customer message of the first cases carries a screenshot.
      attachments:
        i === 0 && m.direction === 'inbound' && seed.crmId % 2 === 1
          ? [{ id: `${seed.crmId}01`, file_name: `screenshot-${seed.crmId}.png`, content_type: 'image/png', size: 48213, url: null }]
          : [],
    }));
    const times = seed.messages.map((m) => now - m.ago * MINUTE);
    const { crmId, slaIn, messages: _seedMessages, custom_fields, ...rest } = seed;
    return {
      case: {
        ...rest,
        custom_fields: { ...custom_fields },
        id,
        source: 'demo',
        crm_id: String(crmId),
        created_at: iso(Math.min(...times)),
        updated_at: iso(Math.max(...times)),
        sla_due_at: slaIn === null ? null : iso(now + slaIn * MINUTE),
      },
      messages,
    };
  });
}

/**
 * `count` more cases made from the seeds (for trying the list with a large inbox,
 * `?mock-cases=100000`). Their threads are the seed's, under new ids.
 */
export function buildSyntheticCases(now: number, count: number): MockCase[] {
  const seeds = buildSeedCases(now);
  const statuses: Case['status'][] = ['new', 'open', 'open', 'pending', 'on-hold', 'solved', 'closed'];
  const assignees = [MOCK_AGENT, null, 'Marcus Lee', 'Chen Jie'];
  const out: MockCase[] = [];
  for (let i = 0; i < count; i++) {
    const seed = seeds[i % seeds.length] as MockCase;
    const id = `demo-${20000 + i}`;
    const ageMin = 60 + i * 7;
    const status = statuses[i % statuses.length] as Case['status'];
    out.push({
      case: {
        ...seed.case,
        id,
        crm_id: String(20000 + i),
        subject: `${seed.case.subject} #${i + 1}`,
        status,
        assignee: assignees[i % assignees.length] ?? null,
        updated_at: iso(now - ageMin * MINUTE),
        created_at: iso(now - (ageMin + 120) * MINUTE),
        sla_due_at: status === 'new' || status === 'open' ? iso(now + ((i % 97) - 30) * 30 * MINUTE) : null,
      },
      messages: seed.messages.map((m, j) => ({
        ...m,
        id: `${id}-m${j + 1}`,
        case_id: id,
        created_at: iso(now - (ageMin + (seed.messages.length - j) * 20) * MINUTE),
      })),
    });
  }
  return out;
}
