import { describe, expect, it } from 'vitest';
import { stripIsolation } from './fluent';
import { setUiLanguage, t, uiLanguage } from './index.svelte';

describe('t() and the UI language', () => {
  it('switches every message at once and falls back to English for unknown tags', () => {
    setUiLanguage('en');
    expect(t('view-all')).toBe('All');
    expect(setUiLanguage('zh-Hans')).toBe('zh-Hans');
    expect(uiLanguage()).toBe('zh-Hans');
    expect(t('view-all')).toBe('全部');
    expect(stripIsolation(t('statusbar-cases', { count: 1 }))).toBe('1 个工单');
    setUiLanguage('pt-BR');
    expect(t('view-unassigned')).toBe('Sem responsável');
    expect(stripIsolation(t('statusbar-cases', { count: 1 }))).toBe('1 caso');
    expect(setUiLanguage('xx')).toBe('en');
    expect(t('view-all')).toBe('All');
  });

  it('reads attributes', () => {
    setUiLanguage('en');
    expect(t('search-input.placeholder')).toBe('Search cases and messages');
    expect(t('shortcut-next.key')).toBe('j');
  });
});
