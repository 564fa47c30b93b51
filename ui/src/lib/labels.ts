// Message ids for values that come from the backend. Records keep them exhaustive:
// a new Status or Priority in the Rust types fails type-checking here until it has an id.
import type { CustomerKind } from './generated/CustomerKind';
import type { Direction } from './generated/Direction';
import type { Priority } from './generated/Priority';
import type { ReplyLanguage } from './generated/ReplyLanguage';
import type { Status } from './generated/Status';
import type { ViewSlug } from './generated/ViewSlug';
import type { BackendErrorCode } from './backend/types';
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
  STORAGE: 'error-storage',
  UNKNOWN: 'error-unknown',
};

export const LANGUAGE_NAME_IDS: Record<UiLanguage, string> = {
  en: 'language-name-en',
  'pt-BR': 'language-name-pt-BR',
  'zh-Hans': 'language-name-zh-Hans',
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
]
  .flatMap((r) => Object.values(r) as string[])
  .concat(SHORTCUT_HELP_IDS.flatMap((id) => [id, `${id}.key`]));

/** The ReplyLanguage a message's BCP 47 tag names, if any (matched case-insensitively: `pt-br` -> `pt-BR`). */
export function asReplyLanguage(tag: string | null | undefined): ReplyLanguage | null {
  if (!tag) return null;
  const lower = tag.toLowerCase();
  const known = (Object.keys(LANG_CHIP_IDS) as ReplyLanguage[]).find((l) => l.toLowerCase() === lower);
  return known ?? null;
}
