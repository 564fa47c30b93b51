import { describe, expect, it } from 'vitest';
import { buildCatalog, languageOfPath, parseAll, matchUiLanguage, splitId, stripIsolation, toUiLanguage, translate } from './fluent';

const sources = {
  '../../../../locales/en/ui/main.ftl': `
hello = Hello, { $name }!
only-en = Only in English
cases = { $count ->
    [one] { $count } case
   *[other] { $count } cases
}
field = Field
    .title = Field title
`,
  '../../../../locales/pt-BR/ui/main.ftl': `
hello = Olá, { $name }!
cases = { $count ->
    [one] { $count } caso
   *[other] { $count } casos
}
field = Campo
`,
  '../../../../locales/zh-Hans/ui/main.ftl': `
hello = 你好，{ $name }！
`,
  '../../../../locales/en/cli/ignored.txt': 'not fluent',
};

describe('the Fluent loader', () => {
  const catalog = buildCatalog(sources);

  it('builds one bundle per language from the glob paths', () => {
    expect(catalog.languages).toEqual(['en', 'pt-BR', 'zh-Hans']);
    expect(parseAll(catalog)).toEqual([]);
    expect(languageOfPath('/x/locales/pt-BR/ui/main.ftl')).toBe('pt-BR');
    expect(languageOfPath('/x/locales/pt-BR/cli/main.ftl')).toBeNull();
  });

  it('formats in the requested language, with bidi isolation around placeables', () => {
    const text = translate(catalog, 'pt-BR', 'hello', { name: 'Lucas' });
    expect(text).toBe('Olá, \u2068Lucas\u2069!');
    expect(stripIsolation(text)).toBe('Olá, Lucas!');
    expect(stripIsolation(translate(catalog, 'zh-Hans', 'hello', { name: '王芳' }))).toBe('你好，王芳！');
  });

  it('picks plural forms per language', () => {
    expect(stripIsolation(translate(catalog, 'en', 'cases', { count: 1 }))).toBe('1 case');
    expect(stripIsolation(translate(catalog, 'pt-BR', 'cases', { count: 2 }))).toBe('2 casos');
  });

  it('falls back to English per message, and to the id when even English lacks it', () => {
    expect(translate(catalog, 'pt-BR', 'only-en')).toBe('Only in English');
    expect(stripIsolation(translate(catalog, 'zh-Hans', 'cases', { count: 3 }))).toBe('3 cases');
    expect(translate(catalog, 'fr', 'field')).toBe('Field');
    expect(translate(catalog, 'en', 'missing-id')).toBe('missing-id');
  });

  it('reads attributes, falling back to English when a translation lacks one', () => {
    expect(splitId('field.title')).toEqual(['field', 'title']);
    expect(translate(catalog, 'en', 'field.title')).toBe('Field title');
    expect(translate(catalog, 'pt-BR', 'field.title')).toBe('Field title');
    expect(translate(catalog, 'pt-BR', 'field')).toBe('Campo');
  });

  it('reports duplicate ids', () => {
    const dup = buildCatalog({ 'locales/en/ui/a.ftl': 'x = 1\n', 'locales/en/ui/b.ftl': 'x = 2\n' });
    expect(parseAll(dup)).toHaveLength(1);
  });

  it('parses a language only when it is first asked for', () => {
    const lazy = buildCatalog({
      'locales/en/ui/main.ftl': 'hello = Hello\n',
      'locales/pt-BR/ui/a.ftl': 'hello = Olá\n',
      'locales/pt-BR/ui/b.ftl': 'hello = Oi\n',
    });
    expect(translate(lazy, 'en', 'hello')).toBe('Hello');
    expect(lazy.problems).toEqual([]);
    expect(translate(lazy, 'pt-BR', 'hello')).toBe('Olá');
    expect(lazy.problems).toHaveLength(1);
    expect(lazy.problems[0]).toContain('locales/pt-BR/ui/b.ftl');
    expect(lazy.bundle('fr')).toBeUndefined();
  });
});

describe('UI language matching', () => {
  it('maps backend tags and OS locales onto the shipped languages', () => {
    expect(toUiLanguage('zh-Hans')).toBe('zh-Hans');
    expect(toUiLanguage('pt-br')).toBe('pt-BR');
    expect(toUiLanguage('fr')).toBe('en');
    expect(toUiLanguage(null)).toBe('en');
    expect(matchUiLanguage('pt_PT.UTF-8')).toBe('pt-BR');
    expect(matchUiLanguage('zh-TW')).toBe('zh-Hans');
    expect(matchUiLanguage('de-DE')).toBe('en');
    expect(matchUiLanguage(undefined)).toBe('en');
  });
});
