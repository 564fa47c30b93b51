// Locale-aware formatting of sizes, durations and times. Pure: locale and "now" are inputs.
import { dateTimeFormat, numberFormat, relativeTimeFormat } from './intl-cache';

const SIZE_UNITS = ['byte', 'kilobyte', 'megabyte', 'gigabyte', 'terabyte'] as const;

/** A byte count for people: "12.3 MB", "12,3 MB", "12.3MB"... (decimal units, as file managers show). */
export function formatBytes(bytes: number | bigint, locale: string): string {
  let value = Math.max(0, Number(bytes));
  let unit = 0;
  while (value >= 1000 && unit < SIZE_UNITS.length - 1) {
    value /= 1000;
    unit++;
  }
  const digits = unit === 0 || value >= 100 ? 0 : 1;
  return numberFormat(locale, {
    style: 'unit',
    unit: SIZE_UNITS[unit],
    unitDisplay: 'short',
    maximumFractionDigits: digits,
  }).format(value);
}

/**
 * A size over `limit`, as `formatBytes` shows it, or in bytes where that would read as the
 * limit itself (10,000,001 bytes is "10 MB", as is a limit of 10,000,000).
 */
export function formatBytesOver(bytes: number, limit: number, locale: string): string {
  const shown = formatBytes(bytes, locale);
  if (shown !== formatBytes(limit, locale)) return shown;
  return numberFormat(locale, { style: 'unit', unit: 'byte', unitDisplay: 'long' }).format(bytes);
}

export function formatCount(count: number, locale: string): string {
  return numberFormat(locale).format(count);
}

export type DurationUnit = 'minutes' | 'hours' | 'days';

export interface Sla {
  overdue: boolean;
  count: number;
  unit: DurationUnit;
}

const MINUTE = 60_000;

/** How far an SLA breach is from now, rounded to a unit a glance can take in. */
export function slaFrom(dueAt: string, now: number): Sla | null {
  const due = Date.parse(dueAt);
  if (Number.isNaN(due)) return null;
  const diff = due - now;
  const minutes = Math.max(1, Math.round(Math.abs(diff) / MINUTE));
  const overdue = diff < 0;
  if (minutes < 60) return { overdue, count: minutes, unit: 'minutes' };
  const hours = Math.round(minutes / 60);
  if (hours < 48) return { overdue, count: hours, unit: 'hours' };
  return { overdue, count: Math.round(hours / 24), unit: 'days' };
}

const RELATIVE_STEPS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['second', 60],
  ['minute', 60],
  ['hour', 24],
  ['day', 30],
  ['month', 12],
  ['year', Infinity],
];

/** "5 minutes ago", "há 5 minutos", "5分钟前"; "now" under 45 seconds. */
export function formatRelative(iso: string, now: number, locale: string): string {
  const then = Date.parse(iso);
  const fmt = relativeTimeFormat(locale, { numeric: 'auto' });
  if (Number.isNaN(then)) return iso;
  let value = (then - now) / 1000;
  if (Math.abs(value) < 45) return fmt.format(0, 'second');
  for (const [unit, size] of RELATIVE_STEPS) {
    if (Math.abs(value) < size || unit === 'year') {
      return fmt.format(Math.round(value), unit);
    }
    value /= size;
  }
  return fmt.format(Math.round(value), 'year');
}

/** A message time: "14:05" today, "12 Jun 14:05" this year, with the year otherwise. */
export function formatMessageTime(iso: string, now: number, locale: string, timeZone?: string): string {
  const then = new Date(iso);
  if (Number.isNaN(then.getTime())) return iso;
  // The calendar day in the zone, as YYYY-MM-DD.
  const dayOf = dateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
  const day = dayOf.format(then);
  const today = dayOf.format(new Date(now));
  const time: Intl.DateTimeFormatOptions = { timeZone, hour: 'numeric', minute: '2-digit' };
  if (day === today) return dateTimeFormat(locale, time).format(then);
  const sameYear = day.slice(0, 4) === today.slice(0, 4);
  return dateTimeFormat(locale, {
    ...time,
    month: 'short',
    day: 'numeric',
    ...(sameYear ? {} : { year: 'numeric' }),
  }).format(then);
}

/** A full, unambiguous time for tooltips. */
export function formatFullTime(iso: string, locale: string, timeZone?: string): string {
  const then = new Date(iso);
  if (Number.isNaN(then.getTime())) return iso;
  return dateTimeFormat(locale, { timeZone, dateStyle: 'full', timeStyle: 'short' }).format(then);
}
