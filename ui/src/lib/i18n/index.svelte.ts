// The reactive `t()` every component uses. Reading `t()` in markup subscribes to the
// current language, so switching it re-renders every label at once.
import { buildCatalog, parseAll, toUiLanguage, translate, type FluentArgs, type UiLanguage } from './fluent';
import { FTL_SOURCES } from './sources';

export { UI_LANGUAGES, type UiLanguage } from './fluent';

const catalog = buildCatalog(FTL_SOURCES);
if (import.meta.env.DEV) {
  const problems = parseAll(catalog);
  if (problems.length > 0) console.warn('[i18n]', problems);
}

const state = $state<{ lang: UiLanguage }>({ lang: 'en' });

/** The UI language in force. */
export function uiLanguage(): UiLanguage {
  return state.lang;
}

/** Switch the UI language (and `<html lang>`); unknown tags fall back to English. */
export function setUiLanguage(tag: string): UiLanguage {
  const lang = toUiLanguage(tag);
  state.lang = lang;
  if (typeof document !== 'undefined') document.documentElement.lang = lang;
  return lang;
}

/** The localized text of message `id` (or `id.attribute`). */
export function t(id: string, args?: FluentArgs): string {
  return translate(catalog, state.lang, id, args);
}
