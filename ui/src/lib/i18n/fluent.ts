// Fluent catalogs: one FluentBundle per UI language, English as the per-message fallback.
import { FluentBundle, FluentResource, type FluentVariable } from '@fluent/bundle';

import { UI_LANGUAGES } from '../generated/choices';
import type { UiLanguage } from '../generated/UiLanguage';

export { UI_LANGUAGES, type UiLanguage };
export const SOURCE_LANGUAGE: UiLanguage = 'en';

export type FluentArgs = Record<string, FluentVariable>;

/**
 * The UI's messages, one FluentBundle per language, each parsed the first time it is asked
 * for: at start-up only the agent's language and the English fallback are parsed.
 */
export interface Catalog {
  /** Languages that have at least one file, sorted. */
  languages: string[];
  /** The bundle of `lang`, parsed now if it was not yet; `undefined` for a language without files. */
  bundle(lang: string): FluentBundle | undefined;
  /** Syntax errors and duplicate ids found in the bundles parsed so far (empty when all is well). */
  problems: string[];
}

/** `…/locales/pt-BR/ui/main.ftl` -> `pt-BR`. */
export function languageOfPath(path: string): string | null {
  const m = /(?:^|\/)locales\/([^/]+)\/ui\/[^/]+\.ftl$/.exec(path);
  return m ? (m[1] ?? null) : null;
}

/** A catalog over `{ path: ftl source }` (what `import.meta.glob` gives); parsing waits for use. */
export function buildCatalog(sources: Record<string, string>): Catalog {
  const pathsByLang = new Map<string, string[]>();
  for (const path of Object.keys(sources).sort()) {
    const lang = languageOfPath(path);
    if (lang) pathsByLang.set(lang, [...(pathsByLang.get(lang) ?? []), path]);
  }
  const bundles = new Map<string, FluentBundle>();
  const problems: string[] = [];
  return {
    languages: [...pathsByLang.keys()].sort(),
    problems,
    bundle(lang) {
      const parsed = bundles.get(lang);
      if (parsed) return parsed;
      const paths = pathsByLang.get(lang);
      if (!paths) return undefined;
      // Isolation stays on: placeables are wrapped in FSI/PDI, so mixed-direction
      // text (names, subjects) never reorders the sentence around it.
      const bundle = new FluentBundle(lang, { useIsolating: true });
      for (const path of paths) {
        for (const err of bundle.addResource(new FluentResource(sources[path] ?? ''))) {
          problems.push(`${path}: ${err.message}`);
        }
      }
      bundles.set(lang, bundle);
      return bundle;
    },
  };
}

/** Parses every language now; returns the catalog's problems (for tests and dev builds). */
export function parseAll(catalog: Catalog): string[] {
  for (const lang of catalog.languages) catalog.bundle(lang);
  return catalog.problems;
}

/** `view-all` or `search-input.placeholder` -> [id, attribute]. */
export function splitId(id: string): [string, string | null] {
  const dot = id.indexOf('.');
  return dot < 0 ? [id, null] : [id.slice(0, dot), id.slice(dot + 1)];
}

function formatIn(bundle: FluentBundle | undefined, id: string, args?: FluentArgs): string | null {
  if (!bundle) return null;
  const [msgId, attr] = splitId(id);
  const message = bundle.getMessage(msgId);
  if (!message) return null;
  const pattern = attr === null ? message.value : message.attributes[attr];
  if (!pattern) return null;
  const errors: Error[] = [];
  const text = bundle.formatPattern(pattern, args ?? null, errors);
  if (errors.length > 0 && import.meta.env?.DEV) {
    console.warn(`[i18n] ${bundle.locales[0]} ${id}:`, errors.map((e) => e.message).join('; '));
  }
  return text;
}

/** The message in `lang`, else in English, else the id itself (never throws). */
export function translate(catalog: Catalog, lang: string, id: string, args?: FluentArgs): string {
  return (
    formatIn(catalog.bundle(lang), id, args) ??
    formatIn(catalog.bundle(SOURCE_LANGUAGE), id, args) ??
    id
  );
}

/** The shipped UI language for a tag the backend (or a test) hands over; English otherwise. */
export function toUiLanguage(tag: string | null | undefined): UiLanguage {
  return UI_LANGUAGES.find((l) => l.toLowerCase() === (tag ?? '').toLowerCase()) ?? SOURCE_LANGUAGE;
}

/** The UI language for an OS/browser locale (`pt_PT.UTF-8`, `zh-TW`...), as the Rust side picks it. */
export function matchUiLanguage(locale: string | null | undefined): UiLanguage {
  const lang = (locale ?? '').split(/[-_.@]/)[0]?.toLowerCase();
  if (lang === 'pt') return 'pt-BR';
  if (lang === 'zh') return 'zh-Hans';
  return 'en';
}

/** Fluent's bidi isolation marks (FSI, PDI...), for comparing formatted text in tests. */
export function stripIsolation(text: string): string {
  return text.replace(/[\u2066-\u2069]/g, '');
}
