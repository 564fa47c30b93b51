// The shipped Fluent files: complete, consistent, and covering every id the UI uses.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { FluentResource } from '@fluent/bundle';
import { describe, expect, it } from 'vitest';
import { DYNAMIC_IDS } from '../labels';
import { buildCatalog, parseAll, splitId, translate, UI_LANGUAGES } from './fluent';
import { FTL_SOURCES } from './sources';

const SRC = resolve(import.meta.dirname, '../..');
const LOCALES = resolve(import.meta.dirname, '../../../../locales');

interface Entry {
  attributes: string[];
  variables: Set<string>;
  /** Variant keys of each select expression, in order. */
  selects: string[][];
}

// The runtime AST of @fluent/bundle: patterns are strings or arrays of elements.
type Node = { type?: string; name?: string; [key: string]: unknown };

function walk(node: unknown, entry: Entry): void {
  if (Array.isArray(node)) {
    for (const n of node) walk(n, entry);
    return;
  }
  if (!node || typeof node !== 'object') return;
  const n = node as Node;
  if (n.type === 'var' && typeof n.name === 'string') entry.variables.add(n.name);
  if (n.type === 'select') {
    const variants = n.variants as { key: { value?: unknown; name?: unknown } }[];
    entry.selects.push(variants.map((v) => String(v.key.value ?? v.key.name)));
  }
  for (const value of Object.values(n)) walk(value, entry);
}

function parse(lang: string): Map<string, Entry> {
  const text = readFileSync(join(LOCALES, lang, 'ui', 'main.ftl'), 'utf8');
  const resource = new FluentResource(text);
  const entries = new Map<string, Entry>();
  for (const msg of resource.body) {
    if (msg.id.startsWith('-')) continue;
    const entry: Entry = { attributes: Object.keys(msg.attributes).sort(), variables: new Set(), selects: [] };
    walk(msg.value, entry);
    walk(msg.attributes, entry);
    entries.set(msg.id, entry);
  }
  // Junk (a syntax error) silently drops a message: every `id =` line must have parsed.
  const declared = [...text.matchAll(/^([a-zA-Z][\w-]*)\s*=/gm)].map((m) => m[1]);
  expect([...entries.keys()].sort(), `${lang}: messages that failed to parse`).toEqual(declared.sort());
  return entries;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'generated' ? [] : sourceFiles(path);
    return /\.(svelte|ts)$/.test(name) && !/\.test\.ts$/.test(name) ? [path] : [];
  });
}

const en = parse('en');

describe('the shipped Fluent files', () => {
  it('are bundled for every UI language, without problems', () => {
    const catalog = buildCatalog(FTL_SOURCES);
    expect(catalog.languages).toEqual([...UI_LANGUAGES].sort());
    expect(parseAll(catalog)).toEqual([]);
  });

  for (const lang of UI_LANGUAGES.filter((l) => l !== 'en')) {
    describe(lang, () => {
      const other = parse(lang);

      it('has exactly the English ids and attributes', () => {
        expect([...other.keys()].sort()).toEqual([...en.keys()].sort());
        for (const [id, entry] of en) expect(other.get(id)?.attributes, id).toEqual(entry.attributes);
      });

      it('uses no variable the English message does not', () => {
        for (const [id, entry] of other) {
          const allowed = en.get(id)?.variables ?? new Set();
          for (const v of entry.variables) expect(allowed.has(v), `${lang} ${id} uses $${v}`).toBe(true);
        }
      });

      if (lang === 'zh-Hans') {
        it('has no singular forms (Chinese plurals are all "other")', () => {
          for (const [id, entry] of other) {
            for (const keys of entry.selects) expect(keys, id).toEqual(['other']);
          }
        });
      }
    });
  }

  it('gives every select a default (the parser rejects one without)', () => {
    for (const lang of UI_LANGUAGES) {
      const text = readFileSync(join(LOCALES, lang, 'ui', 'main.ftl'), 'utf8');
      const selects = text.split('->').length - 1;
      const defaults = text.split('*[').length - 1;
      expect(defaults, lang).toBe(selects);
    }
  });

  it('has the view names the product asks for', () => {
    const catalog = buildCatalog(FTL_SOURCES);
    const names = (lang: string) =>
      ['all', 'mine', 'unassigned', 'due-soon', 'pending', 'solved'].map((v) => translate(catalog, lang, `view-${v}`));
    expect(names('en')).toEqual(['All', 'My open', 'Unassigned', 'Due soon', 'Pending', 'Solved']);
    expect(names('pt-BR')).toEqual(['Todos', 'Meus abertos', 'Sem responsável', 'Vencendo em breve', 'Pendentes', 'Resolvidos']);
    expect(names('zh-Hans')).toEqual(['全部', '我的未解决', '未分配', '即将到期', '待回复', '已解决']);
  });
});

describe('ids used by the UI', () => {
  const has = (id: string) => {
    const [msg, attr] = splitId(id);
    const entry = en.get(msg);
    return !!entry && (attr === null || entry.attributes.includes(attr));
  };

  it('every t("...") in ui/src exists in the English file', () => {
    const used = new Set<string>();
    for (const file of sourceFiles(SRC)) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/\bt\(\s*(['"`])([^'"`$]+)\1/g)) used.add(m[2] as string);
    }
    expect(used.size).toBeGreaterThan(40);
    const missing = [...used].filter((id) => !has(id));
    expect(missing).toEqual([]);
  });

  it('every id built from backend values exists in the English file', () => {
    const missing = DYNAMIC_IDS.filter((id) => !has(id));
    expect(missing).toEqual([]);
  });
});
