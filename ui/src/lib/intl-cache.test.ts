import { describe, expect, it } from 'vitest';
import { dateTimeFormat, displayNames, numberFormat, relativeTimeFormat } from './intl-cache';

describe('the Intl formatter cache', () => {
  it('makes one formatter per locale and options, and formats as a fresh one would', () => {
    const a = dateTimeFormat('pt-BR', { timeZone: 'UTC', dateStyle: 'full' });
    expect(dateTimeFormat('pt-BR', { timeZone: 'UTC', dateStyle: 'full' })).toBe(a);
    expect(dateTimeFormat('pt-PT', { timeZone: 'UTC', dateStyle: 'full' })).not.toBe(a);
    expect(dateTimeFormat('pt-BR', { timeZone: 'UTC', dateStyle: 'short' })).not.toBe(a);
    const at = Date.UTC(2026, 10, 22, 9, 30);
    expect(a.format(at)).toBe(new Intl.DateTimeFormat('pt-BR', { timeZone: 'UTC', dateStyle: 'full' }).format(at));

    expect(numberFormat('zh-Hans')).toBe(numberFormat('zh-Hans', {}));
    expect(numberFormat('en').format(12345.5)).toBe('12,345.5');
    expect(relativeTimeFormat('en', { numeric: 'auto' }).format(-1, 'day')).toBe('yesterday');
    expect(displayNames('en', { type: 'language' }).of('pt-BR')).toBe('Brazilian Portuguese');
  });

  it('an option left undefined is the same formatter as the option left out', () => {
    expect(dateTimeFormat('en', { timeZone: undefined, hour: 'numeric' })).toBe(dateTimeFormat('en', { hour: 'numeric' }));
  });

  it('a refused locale or option throws as Intl does, and nothing is kept', () => {
    expect(() => dateTimeFormat('en', { timeZone: 'Mars/Olympus' })).toThrow(RangeError);
    expect(() => dateTimeFormat('en', { timeZone: 'Mars/Olympus' })).toThrow(RangeError);
    expect(() => numberFormat('not a locale!')).toThrow(RangeError);
  });
});
