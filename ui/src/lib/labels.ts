// Message ids for values that come from the backend. Records keep them exhaustive:
// a new Status or Priority in the Rust types fails type-checking here until it has an id.
import type { CustomerKind } from './generated/CustomerKind';
import type { Direction } from './generated/Direction';
import type { Priority } from './generated/Priority';
import type { ReplyLanguage } from './generated/ReplyLanguage';
import type { Status } from './generated/Status';
import type { SuggestionSource } from './generated/SuggestionSource';
import type { ViewSlug } from './generated/ViewSlug';
import type { AgentGender, BackendErrorCode } from './backend/types';
import type { UiLanguage } from './i18n/fluent';

export const VIEW_IDS: Record<ViewSlug, string> = {
  all: 'view-all',
  mine: 'view-mine',
  unassigned: 'view-unassigned',
  'due-soon': 'view-due-soon',
  pending: 'view-pending',
  solved: 'view-solved',
};

/** The order the views are listed in. */
export const VIEW_ORDER: ViewSlug[] = ['all', 'mine', 'unassigned', 'due-soon', 'pending', 'solved'];

export const STATUS_IDS: Record<Status, string> = {
  new: 'status-new',
  open: 'status-open',
  pending: 'status-pending',
  'on-hold': 'status-on-hold',
  solved: 'status-solved',
  closed: 'status-closed',
};

export const PRIORITY_IDS: Record<Priority, string> = {
  low: 'priority-low',
  normal: 'priority-normal',
  high: 'priority-high',
  urgent: 'priority-urgent',
};

export const DIRECTION_IDS: Record<Direction, string> = {
  inbound: 'direction-inbound',
  outbound: 'direction-outbound',
  note: 'direction-note',
};

export const KIND_IDS: Record<CustomerKind, string> = {
  creator: 'kind-creator',
  seller: 'kind-seller',
  viewer: 'kind-viewer',
};

export const REPLY_LANGUAGE_IDS: Record<ReplyLanguage, string> = {
  en: 'reply-language-en',
  'pt-BR': 'reply-language-pt-br',
  'pt-PT': 'reply-language-pt-pt',
  'zh-Hans': 'reply-language-zh-hans',
  'zh-Hant': 'reply-language-zh-hant',
};

export const LANG_CHIP_IDS: Record<ReplyLanguage, string> = {
  en: 'lang-chip-en',
  'pt-BR': 'lang-chip-pt-br',
  'pt-PT': 'lang-chip-pt-pt',
  'zh-Hans': 'lang-chip-zh-hans',
  'zh-Hant': 'lang-chip-zh-hant',
};

export const ERROR_IDS: Record<BackendErrorCode, string> = {
  INVALID_INPUT: 'error-invalid-input',
  NOT_FOUND: 'error-not-found',
  CACHE_CORRUPT: 'error-cache-corrupt',
  CACHE_LOCKED: 'error-cache-locked',
  CACHE_TOO_NEW: 'error-cache-too-new',
  TEMPLATE: 'error-template',
  SYNC: 'error-sync',
  STORAGE: 'error-storage',
  UNKNOWN: 'error-unknown',
};

export const LANGUAGE_NAME_IDS: Record<UiLanguage, string> = {
  en: 'language-name-en',
  'pt-BR': 'language-name-pt-BR',
  'zh-Hans': 'language-name-zh-Hans',
};

/** Where the reply language suggestion came from (the hint beside the switcher). */
export const SOURCE_IDS: Record<SuggestionSource, string> = {
  agent: 'reply-source-agent',
  'customer-locale': 'reply-source-customer-locale',
  detected: 'reply-source-detected',
  current: 'reply-source-current',
};

/** Labels of the macro variables Polydesk's own macros use; a team pack's others show their name. */
export const VARIABLE_IDS: Record<string, string> = {
  customer_name: 'variable-customer-name',
  customer_first_name: 'variable-customer-first-name',
  customer_surname: 'variable-customer-surname',
  customer_gender: 'variable-customer-gender',
  formality: 'variable-formality',
  agent_name: 'variable-agent-name',
  agent_gender: 'variable-agent-gender',
  order_id: 'variable-order-id',
  case_ref: 'variable-case-ref',
  team: 'variable-team',
  amount: 'variable-amount',
  days: 'variable-days',
  date: 'variable-date',
  diamonds: 'variable-diamonds',
  item_count: 'variable-item-count',
  appeal_id: 'variable-appeal-id',
  carrier: 'variable-carrier',
  gift_name: 'variable-gift-name',
  policy_name: 'variable-policy-name',
  product_name: 'variable-product-name',
  stream_title: 'variable-stream-title',
  tracking_number: 'variable-tracking-number',
};

/** Values of the select variables (customer_gender, agent_gender, formality). */
export const OPTION_IDS: Record<string, string> = {
  female: 'option-female',
  male: 'option-male',
  unknown: 'option-unknown',
  formal: 'option-formal',
  informal: 'option-informal',
};

export const GENDER_IDS: Record<AgentGender, string> = {
  female: 'option-female',
  male: 'option-male',
  unknown: 'option-unknown',
};

/** Macro categories of the built-in library (locales/macros.toml); others show as written. */
export const CATEGORY_IDS: Record<string, string> = {
  'creator-earnings': 'category-creator-earnings',
  live: 'category-live',
  account: 'category-account',
  'seller-orders': 'category-seller-orders',
  refunds: 'category-refunds',
  logistics: 'category-logistics',
  listings: 'category-listings',
  general: 'category-general',
  escalation: 'category-escalation',
};

export const DURATION_IDS = {
  minutes: 'duration-minutes',
  hours: 'duration-hours',
  days: 'duration-days',
} as const;

/** The shortcuts overlay lists these, each with its key in the `.key` attribute. */
export const SHORTCUT_HELP_IDS = [
  'shortcut-next',
  'shortcut-prev',
  'shortcut-open',
  'shortcut-back',
  'shortcut-search',
  'shortcut-help',
  'shortcut-macro',
  'shortcut-send',
] as const;

/** Every id referenced through the records above (the i18n test checks them all). */
export const DYNAMIC_IDS: string[] = [
  VIEW_IDS,
  STATUS_IDS,
  PRIORITY_IDS,
  DIRECTION_IDS,
  KIND_IDS,
  REPLY_LANGUAGE_IDS,
  LANG_CHIP_IDS,
  ERROR_IDS,
  LANGUAGE_NAME_IDS,
  DURATION_IDS,
  SOURCE_IDS,
  VARIABLE_IDS,
  OPTION_IDS,
  GENDER_IDS,
  CATEGORY_IDS,
]
  .flatMap((r) => Object.values(r) as string[])
  .concat(SHORTCUT_HELP_IDS.flatMap((id) => [id, `${id}.key`]))
  .concat(Object.values(SOURCE_IDS).map((id) => `${id}.title`));

/** The ReplyLanguage a message's BCP 47 tag names, if any (matched case-insensitively: `pt-br` -> `pt-BR`). */
export function asReplyLanguage(tag: string | null | undefined): ReplyLanguage | null {
  if (!tag) return null;
  const lower = tag.toLowerCase();
  const known = (Object.keys(LANG_CHIP_IDS) as ReplyLanguage[]).find((l) => l.toLowerCase() === lower);
  return known ?? null;
}

/** The localized label of a macro variable, or its name for one Polydesk does not know. */
export function variableLabelId(name: string): string | null {
  return Object.prototype.hasOwnProperty.call(VARIABLE_IDS, name) ? (VARIABLE_IDS[name] ?? null) : null;
}
