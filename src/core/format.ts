// Intl helpers shared by every widget. Intl objects are costly to build and lists render many
// timestamps, so each formatter is made once per locale and option set.

const cache = new Map<string, unknown>();
function cached<T>(key: string, make: () => T): T {
  let value = cache.get(key) as T | undefined;
  if (value === undefined) {
    value = make();
    cache.set(key, value);
  }
  return value;
}

function toDate(value: Date | string | number): Date {
  return value instanceof Date ? value : new Date(value);
}

function isValid(date: Date): boolean {
  return !Number.isNaN(date.getTime());
}

/** Exact local date and time, e.g. "Mar 4, 2026, 2:05 PM". Empty for an invalid date. */
export function formatDateTime(
  value: Date | string | number,
  locale: string,
  options: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'short' },
): string {
  const date = toDate(value);
  if (!isValid(date)) return '';
  return cached(
    `dt|${locale}|${JSON.stringify(options)}`,
    () => new Intl.DateTimeFormat(locale, options),
  ).format(date);
}

/** Local date without the time, e.g. "Mar 4, 2026". */
export function formatDate(value: Date | string | number, locale: string): string {
  return formatDateTime(value, locale, { dateStyle: 'medium' });
}

/**
 * A calendar date such as a birthday, written `YYYY-MM-DD`: the same day in every time zone (read as
 * a timestamp it would show the day before west of UTC). Other values format as `formatDate`.
 */
export function formatCalendarDate(value: string, locale: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return formatDate(value, locale);
  return formatDateTime(`${value}T00:00:00Z`, locale, { dateStyle: 'medium', timeZone: 'UTC' });
}

const RELATIVE_STEPS: [limitSeconds: number, unit: Intl.RelativeTimeFormatUnit, unitSeconds: number][] = [
  [45, 'second', 1],
  [45 * 60, 'minute', 60],
  [22 * 3600, 'hour', 3600],
  [7 * 86400, 'day', 86400],
  [30 * 86400, 'week', 7 * 86400],
  [365 * 86400, 'month', 30.4375 * 86400],
  [Infinity, 'year', 365.25 * 86400],
];

/** Relative to `now`: "3 days ago", "in 2 hours", "now". Empty for an invalid date. */
export function formatRelativeTime(
  value: Date | string | number,
  locale: string,
  now: Date | number = Date.now(),
): string {
  const date = toDate(value);
  if (!isValid(date)) return '';
  const seconds = (date.getTime() - toDate(now).getTime()) / 1000;
  const format = cached(`rt|${locale}`, () => new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }));
  const absolute = Math.abs(seconds);
  for (const [limit, unit, unitSeconds] of RELATIVE_STEPS) {
    if (absolute < limit) {
      // Under 45 s reads as "now": seconds tick too fast to be worth showing in a list.
      if (unit === 'second') return format.format(0, 'second');
      return format.format(Math.round(seconds / unitSeconds), unit);
    }
  }
  return '';
}

/**
 * How long until something, to the second when it is soon: "in 30 seconds", "in 2 minutes", "in
 * 3 hours" (a list's "now" for under 45 s would tell an agent nothing about when to try again).
 */
export function formatDelay(milliseconds: number, locale: string): string {
  const seconds = Math.max(1, Math.ceil(milliseconds / 1000));
  const format = cached(`rd|${locale}`, () => new Intl.RelativeTimeFormat(locale, { numeric: 'always' }));
  if (seconds < 90) return format.format(seconds, 'second');
  if (seconds < 90 * 60) return format.format(Math.round(seconds / 60), 'minute');
  return format.format(Math.round(seconds / 3600), 'hour');
}

interface DurationFormatLike {
  format(duration: Record<string, number>): string;
}
type DurationFormatConstructor = new (locale: string, options: { style: string }) => DurationFormatLike;

const DURATION_UNITS: [unit: 'day' | 'hour' | 'minute' | 'second', seconds: number][] = [
  ['day', 86400],
  ['hour', 3600],
  ['minute', 60],
  ['second', 1],
];

/**
 * A length of time for people: the two largest non-zero units, e.g. "4 min, 12 sec", "1 hr, 5 min".
 * Uses `Intl.DurationFormat` where the browser has it, unit formatting otherwise.
 */
/**
 * Durations already written, per locale and whole second: a queue writes every row's waiting time
 * on every tick and scrolled frame, and `Intl.DurationFormat` is slow enough to show in a profile
 * (half a second a minute of live scrolling). Bounded: cleared when full.
 */
const durations = new Map<string, string>();
const DURATIONS_KEPT = 2000;

export function formatDuration(totalSeconds: number, locale: string): string {
  if (!Number.isFinite(totalSeconds) || totalSeconds < 0) return '';
  const native = 'DurationFormat' in Intl; // (tests take it away, to try the fallback)
  const key = `${locale}|${Math.round(totalSeconds)}|${totalSeconds >= 1}|${native}`;
  let written = durations.get(key);
  if (written === undefined) {
    if (durations.size >= DURATIONS_KEPT) durations.clear();
    written = writeDuration(totalSeconds, locale);
    durations.set(key, written);
  }
  return written;
}

function writeDuration(totalSeconds: number, locale: string): string {
  let rest = Math.round(totalSeconds);
  const parts: [unit: (typeof DURATION_UNITS)[number][0], amount: number][] = [];
  for (const [unit, seconds] of DURATION_UNITS) {
    const amount = Math.floor(rest / seconds);
    rest -= amount * seconds;
    if (amount > 0 || (unit === 'second' && parts.length === 0)) parts.push([unit, amount]);
  }
  const shown = parts.slice(0, 2);
  const DurationFormat = (Intl as unknown as { DurationFormat?: DurationFormatConstructor }).DurationFormat;
  // DurationFormat drops zero units, which would leave "0 s" empty.
  if (DurationFormat && totalSeconds >= 1) {
    const format = cached(`du|${locale}`, () => new DurationFormat(locale, { style: 'short' }));
    try {
      return format.format(Object.fromEntries(shown.map(([unit, amount]) => [`${unit}s`, amount])));
    } catch {
      // It refuses amounts past its limits (1e21 seconds is 10^16 days): units formatting does not.
    }
  }
  return shown
    .map(([unit, amount]) =>
      cached(
        `un|${locale}|${unit}`,
        () => new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'short' }),
      ).format(amount),
    )
    .join(' ');
}

/** A number in the locale's digits and grouping. */
export function formatNumber(value: number, locale: string, options: Intl.NumberFormatOptions = {}): string {
  return cached(
    `nu|${locale}|${JSON.stringify(options)}`,
    () => new Intl.NumberFormat(locale, options),
  ).format(value);
}

/** A file size with a unit that keeps the number short: "820 byte", "1.4 MB". */
export function formatFileSize(bytes: number, locale: string): string {
  const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;
  let value = Math.max(0, bytes);
  let index = 0;
  while (value >= 1000 && index < units.length - 1) {
    value /= 1000;
    index += 1;
  }
  return formatNumber(value, locale, {
    style: 'unit',
    unit: units[index],
    unitDisplay: index === 0 ? 'long' : 'short',
    maximumFractionDigits: value < 10 && index > 0 ? 1 : 0,
  });
}
