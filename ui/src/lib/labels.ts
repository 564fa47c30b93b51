// Message ids for values that come from the backend. Records keep them exhaustive:
// a new Status or Priority in the Rust types fails type-checking here until it has an id.
import type { CaseChange } from './generated/CaseChange';
import type { CrmKind } from './generated/CrmKind';
import type { CustomerKind } from './generated/CustomerKind';
import type { Direction } from './generated/Direction';
import type { Priority } from './generated/Priority';
import type { RepeatReason } from './generated/RepeatReason';
import type { RiskFlag } from './generated/RiskFlag';
import type { Severity } from './generated/Severity';
import type { ReplyLanguage } from './generated/ReplyLanguage';
import type { Status } from './generated/Status';
import type { SlaSource } from './generated/SlaSource';
import type { SlaTargetKind } from './generated/SlaTargetKind';
import type { SuggestionSource } from './generated/SuggestionSource';
import type { TargetState } from './generated/TargetState';
import type { ViewSlug } from './generated/ViewSlug';
import type { AgentGender, BackendErrorCode } from './backend/types';
import type { UiLanguage } from './i18n/fluent';
import type { OutboxKind, OutboxState } from './outbox';
import type { SyncStateName } from './sync-status';

export const VIEW_IDS: Record<ViewSlug, string> = {
  all: 'view-all',
  mine: 'view-mine',
  unassigned: 'view-unassigned',
  'due-soon': 'view-due-soon',
  pending: 'view-pending',
  solved: 'view-solved',
  escalated: 'view-escalated',
  breaching: 'view-breaching',
};

/** The order the views are listed in. */
export const VIEW_ORDER: ViewSlug[] = [
  'all',
  'mine',
  'unassigned',
  'due-soon',
  'breaching',
  'escalated',
  'pending',
  'solved',
];

export const SLA_TARGET_IDS: Record<SlaTargetKind, string> = {
  'first-response': 'sla-target-first-response',
  'next-response': 'sla-target-next-response',
  resolution: 'sla-target-resolution',
};

export const SLA_SOURCE_IDS: Record<SlaSource, string> = {
  crm: 'sla-source-crm',
  policy: 'sla-source-policy',
};

export const SLA_STATE_IDS: Record<TargetState, string> = {
  running: 'sla-state-running',
  paused: 'sla-state-paused',
  breached: 'sla-state-breached',
  met: 'sla-state-met',
  missed: 'sla-state-missed',
};

export const SEVERITY_IDS: Record<Severity, string> = {
  critical: 'severity-critical',
  high: 'severity-high',
  normal: 'severity-normal',
};

export const RISK_IDS: Record<RiskFlag, string> = {
  legal: 'risk-legal',
  safety: 'risk-safety',
  'creator-revenue': 'risk-creator-revenue',
  'public-attention': 'risk-public-attention',
  vip: 'risk-vip',
};

export const REPEAT_IDS: Record<RepeatReason, string> = {
  'root-cause': 'repeat-root-cause',
  'order-id': 'repeat-order-id',
  subject: 'repeat-subject',
};

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
  STORAGE: 'error-storage',
  KEYCHAIN: 'error-keychain',
  OFFLINE: 'error-offline',
  AUTH_REFUSED: 'error-auth-refused',
  FORBIDDEN: 'error-forbidden',
  CRM_NOT_FOUND: 'error-crm-not-found',
  RATE_LIMITED: 'error-rate-limited',
  CONFLICT: 'error-conflict',
  CRM_REJECTED: 'error-crm-rejected',
  CRM_MALFORMED: 'error-crm-malformed',
  CRM_SERVER_ERROR: 'error-crm-server-error',
  ESCALATION_OPEN: 'error-escalation-open',
  ROOT_CAUSE_REQUIRED: 'error-root-cause-required',
  UNKNOWN: 'error-unknown',
};

export const SYNC_STATE_IDS: Record<SyncStateName, string> = {
  'not-configured': 'sync-state-not-configured',
  paused: 'sync-state-paused',
  connecting: 'sync-state-connecting',
  syncing: 'sync-state-syncing',
  online: 'sync-state-online',
  offline: 'sync-state-offline',
  'rate-limited': 'sync-state-rate-limited',
  failed: 'sync-state-failed',
  'sign-in-required': 'sync-state-sign-in-required',
  'cannot-start': 'sync-state-cannot-start',
};

/** The time left of a long sync (see sync-status.ts `etaOf`). */
export const ETA_IDS = ['sync-eta-soon', 'sync-eta-minutes', 'sync-eta-hours'] as const;

export const CRM_KIND_IDS: Record<CrmKind, string> = {
  zendesk: 'crm-kind-zendesk',
  rt: 'crm-kind-rt',
  demo: 'crm-kind-demo',
};

/** The outbox view's group headings. */
export const OUTBOX_STATE_IDS: Record<OutboxState, string> = {
  conflict: 'outbox-group-conflict',
  rejected: 'outbox-group-rejected',
  failed: 'outbox-group-failed',
  pending: 'outbox-group-pending',
};

export const OUTBOX_KIND_IDS: Record<OutboxKind, string> = {
  reply: 'outbox-kind-reply',
  note: 'outbox-kind-note',
  fields: 'outbox-kind-fields',
  link: 'outbox-kind-link',
  merge: 'outbox-kind-merge',
};

/** Case fields an agent changes (and that can conflict). */
export const FIELD_IDS: Record<string, string> = {
  status: 'field-status',
  priority: 'field-priority',
  assignee: 'field-assignee',
  group: 'field-group',
  tags: 'field-tags',
};

/** The CRM's custom fields Polydesk knows by name; others show under their own name. */
export const CUSTOM_FIELD_IDS: Record<string, string> = {
  order_id: 'field-order-id',
  creator_id: 'field-creator-id',
  escalation_due: 'field-escalation-due',
};

/** One line of the changed-case warning per kind of change. */
export const CASE_CHANGE_IDS: Record<CaseChange['kind'], string> = {
  'customer-wrote': 'case-changed-customer',
  'colleague-wrote': 'case-changed-colleague',
  'status-changed': 'case-changed-status',
  'assignee-changed': 'case-changed-assignee',
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
  SYNC_STATE_IDS,
  CRM_KIND_IDS,
  OUTBOX_STATE_IDS,
  OUTBOX_KIND_IDS,
  FIELD_IDS,
  CUSTOM_FIELD_IDS,
  CASE_CHANGE_IDS,
]
  .flatMap((r) => Object.values(r) as string[])
  .concat(ETA_IDS)
  .concat(['error-rate-limited-until'])
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

function own(record: Record<string, string>, key: string): string | null {
  return Object.prototype.hasOwnProperty.call(record, key) ? (record[key] ?? null) : null;
}

/** A case field's localized label, or the field's name for one Polydesk does not know. */
export function fieldLabel(field: string, tr: (id: string) => string): string {
  const id = own(FIELD_IDS, field) ?? own(CUSTOM_FIELD_IDS, field);
  return id ? tr(id) : field;
}

/**
 * A field's value as the agent reads it: statuses and priorities localized, no assignee
 * "Unassigned", no group "—"; anything else as it is.
 */
export function fieldValueLabel(field: string, value: string | null, tr: (id: string) => string): string {
  if (value === null || value === '') return tr(field === 'assignee' ? 'case-unassigned' : 'field-empty');
  if (field === 'status') {
    const id = own(STATUS_IDS, value);
    if (id) return tr(id);
  }
  if (field === 'priority') {
    const id = own(PRIORITY_IDS, value);
    if (id) return tr(id);
  }
  return value;
}
