import { describe, expect, it } from 'vitest';
import { formatBytes, formatBytesOver, formatCount, formatMessageTime, formatRelative, slaFrom } from './format';

const NOW = Date.parse('2025-06-12T12:00:00Z');
const at = (minutes: number) => new Date(NOW + minutes * 60_000).toISOString();
const clean = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('formatBytes', () => {
  it('picks a unit and localizes the number', () => {
    expect(clean(formatBytes(512, 'en'))).toBe('512 byte');
    expect(clean(formatBytes(45_056, 'en'))).toBe('45.1 kB');
    expect(clean(formatBytes(12_345_678n, 'en'))).toBe('12.3 MB');
    expect(clean(formatBytes(12_345_678n, 'pt-BR'))).toBe('12,3 MB');
    expect(clean(formatBytes(3_200_000_000, 'en'))).toBe('3.2 GB');
    expect(clean(formatBytes(250_000_000, 'en'))).toBe('250 MB');
    expect(formatBytes(12_345_678, 'zh-Hans')).toMatch(/^12\.3\s?MB$/);
  });

  it('never goes negative', () => {
    expect(clean(formatBytes(-5, 'en'))).toBe('0 byte');
  });
});

describe('formatBytesOver', () => {
  it('shows a size over a limit, in bytes where rounding would make it read as the limit', () => {
    expect(clean(formatBytesOver(45_300_000, 10_000_000, 'en'))).toBe('45.3 MB');
    expect(clean(formatBytesOver(10_000_001, 10_000_000, 'en'))).toBe('10,000,001 bytes');
    expect(clean(formatBytesOver(10_000_001, 10_000_000, 'pt-BR'))).toBe('10.000.001 bytes');
    expect(formatBytesOver(25_000_001, 25_000_000, 'zh-Hans')).toMatch(/^25,000,001\s?字节$/);
  });
});

describe('formatCount', () => {
  it('groups digits the local way', () => {
    expect(formatCount(100_000, 'en')).toBe('100,000');
    expect(formatCount(100_000, 'pt-BR')).toBe('100.000');
  });
});

describe('slaFrom', () => {
  it('rounds to minutes, hours or days', () => {
    expect(slaFrom(at(45), NOW)).toEqual({ overdue: false, count: 45, unit: 'minutes' });
    expect(slaFrom(at(180), NOW)).toEqual({ overdue: false, count: 3, unit: 'hours' });
    expect(slaFrom(at(-130), NOW)).toEqual({ overdue: true, count: 2, unit: 'hours' });
    expect(slaFrom(at(-3 * 24 * 60), NOW)).toEqual({ overdue: true, count: 3, unit: 'days' });
    expect(slaFrom(at(47 * 60), NOW)).toEqual({ overdue: false, count: 47, unit: 'hours' });
  });

  it('shows at least one minute and rejects bad input', () => {
    expect(slaFrom(at(0.1), NOW)).toEqual({ overdue: false, count: 1, unit: 'minutes' });
    expect(slaFrom('not a date', NOW)).toBeNull();
  });
});

describe('formatRelative', () => {
  it('speaks each UI language', () => {
    expect(formatRelative(at(-5), NOW, 'en')).toBe('5 minutes ago');
    expect(formatRelative(at(-5), NOW, 'pt-BR')).toBe('há 5 minutos');
    expect(formatRelative(at(-5), NOW, 'zh-Hans')).toBe('5分钟前');
    expect(formatRelative(at(-3 * 60), NOW, 'en')).toBe('3 hours ago');
    expect(formatRelative(at(-24 * 60), NOW, 'en')).toBe('yesterday');
    expect(formatRelative(at(-0.2), NOW, 'en')).toBe('now');
    expect(formatRelative(at(-400 * 24 * 60), NOW, 'en')).toBe('last year');
  });
});

describe('formatMessageTime', () => {
  it('shows the time today, the date otherwise', () => {
    expect(clean(formatMessageTime(at(-60), NOW, 'en', 'UTC'))).toBe('11:00 AM');
    expect(formatMessageTime(at(-60), NOW, 'pt-BR', 'UTC')).toBe('11:00');
    expect(clean(formatMessageTime(at(-2 * 24 * 60), NOW, 'en', 'UTC'))).toBe('Jun 10, 12:00 PM');
    expect(formatMessageTime(at(-2 * 24 * 60), NOW, 'zh-Hans', 'UTC')).toBe('6月10日 12:00');
    expect(formatMessageTime('2023-01-02T03:04:00Z', NOW, 'en', 'UTC')).toMatch(/2023/);
  });
});
