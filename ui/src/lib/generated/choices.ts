// Generated from crates/polydesk-api by `cargo test -p polydesk-api`. Do not edit.
import type { Status } from './Status';
import type { Priority } from './Priority';
import type { CustomerKind } from './CustomerKind';
import type { Direction } from './Direction';
import type { ReplyLanguage } from './ReplyLanguage';
import type { UiLanguage } from './UiLanguage';
import type { AgentGender } from './AgentGender';
import type { Currency } from './Currency';
import type { ViewSlug } from './ViewSlug';
import type { OutboxKind } from './OutboxKind';
import type { OutboxState } from './OutboxState';
import type { CrmKind } from './CrmKind';
import type { DemoAction } from './DemoAction';
import type { ErrorCode } from './ErrorCode';
import type { Severity } from './Severity';
import type { RiskFlag } from './RiskFlag';

/* Every value of each choice, in the order the Rust enum declares them. */
export const STATUSES = ['new', 'open', 'pending', 'on-hold', 'solved', 'closed'] as const satisfies readonly Status[];
export const PRIORITIES = ['low', 'normal', 'high', 'urgent'] as const satisfies readonly Priority[];
export const CUSTOMER_KINDS = ['creator', 'seller', 'viewer'] as const satisfies readonly CustomerKind[];
export const DIRECTIONS = ['inbound', 'outbound', 'note'] as const satisfies readonly Direction[];
export const REPLY_LANGUAGES = ['en', 'pt-BR', 'pt-PT', 'zh-Hans', 'zh-Hant'] as const satisfies readonly ReplyLanguage[];
export const UI_LANGUAGES = ['en', 'pt-BR', 'zh-Hans'] as const satisfies readonly UiLanguage[];
export const AGENT_GENDERS = ['female', 'male', 'unknown'] as const satisfies readonly AgentGender[];
export const CURRENCIES = ['BRL', 'EUR', 'CNY', 'TWD', 'USD', 'GBP'] as const satisfies readonly Currency[];
export const VIEW_SLUGS = ['all', 'mine', 'unassigned', 'due-soon', 'pending', 'solved', 'escalated', 'breaching'] as const satisfies readonly ViewSlug[];
export const OUTBOX_KINDS = ['reply', 'note', 'fields', 'link', 'merge'] as const satisfies readonly OutboxKind[];
export const OUTBOX_STATES = ['conflict', 'rejected', 'failed', 'pending'] as const satisfies readonly OutboxState[];
export const CRM_KINDS = ['zendesk', 'rt', 'demo'] as const satisfies readonly CrmKind[];
export const DEMO_ACTIONS = ['network-down', 'network-up', 'colleague-edit'] as const satisfies readonly DemoAction[];
export const ERROR_CODES = ['INVALID_INPUT', 'NOT_FOUND', 'CACHE_CORRUPT', 'CACHE_LOCKED', 'CACHE_TOO_NEW', 'TEMPLATE', 'ESCALATION_OPEN', 'ROOT_CAUSE_REQUIRED', 'STORAGE', 'KEYCHAIN', 'OFFLINE', 'AUTH_REFUSED', 'FORBIDDEN', 'CRM_NOT_FOUND', 'RATE_LIMITED', 'CONFLICT', 'CRM_REJECTED', 'CRM_MALFORMED', 'CRM_SERVER_ERROR'] as const satisfies readonly ErrorCode[];
export const SEVERITIES = ['critical', 'high', 'normal'] as const satisfies readonly Severity[];
export const RISK_FLAGS = ['legal', 'safety', 'creator-revenue', 'public-attention', 'vip'] as const satisfies readonly RiskFlag[];

/* Sizes the core and the UI agree on. */
/** Cases in a page of the inbox: the size the app reads the first page in before the window opens. */
export const FIRST_PAGE_LIMIT = 100;
