import { localeInfo, type Locale } from './locales';

// Intl formatters are costly to build; a site renders thousands of dates, so cache per locale.
const dateFormats = new Map<Locale, Intl.DateTimeFormat>();
const numberFormats = new Map<Locale, Intl.NumberFormat>();

/** "2 October 2020", "2 жовтня 2020 р.", "2 кастрычніка 2020 г.". Dates are calendar days, so UTC. */
export function formatDate(date: Date | string, locale: Locale): string {
  let format = dateFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(localeInfo(locale).intl, { dateStyle: 'long', timeZone: 'UTC' });
    dateFormats.set(locale, format);
  }
  return format.format(toDate(date));
}

const shortDateFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * A day on a chart's axis, where space is short: "16 Aug", "16 серп.", or with the year
 * ("16 Aug 2020") when the axis spans more than one year.
 */
export function formatShortDate(date: Date | string, locale: Locale, withYear: boolean): string {
  const key = `${locale}:${withYear}`;
  let format = shortDateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(localeInfo(locale).intl, {
      day: 'numeric',
      month: 'short',
      ...(withYear ? { year: 'numeric' } : {}),
      timeZone: 'UTC',
    });
    shortDateFormats.set(key, format);
  }
  return format.format(toDate(date));
}

/** Grouped per locale: "100,000" / "100 000" (uk and be group with a no-break space). */
export function formatNumber(value: number, locale: Locale): string {
  let format = numberFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(localeInfo(locale).intl, { maximumFractionDigits: 2 });
    numberFormats.set(locale, format);
  }
  return format.format(value);
}

/** The ISO day for `<time datetime>`. */
export function isoDay(date: Date | string): string {
  return toDate(date).toISOString().slice(0, 10);
}

function toDate(date: Date | string): Date {
  return typeof date === 'string' ? new Date(`${date}T00:00:00Z`) : date;
}

/** Minutes to read `words` words at ~200 a minute; never less than one. */
export function readingMinutes(words: number): number {
  return Math.max(1, Math.round(words / 200));
}

/** A file's size for readers: "840 kB", "2.3 MB" / "2,3 МБ" (decimal units, as browsers and systems show them). */
export function formatFileSize(bytes: number, locale: Locale): string {
  const [value, unit] = bytes >= 1e6 ? [bytes / 1e6, 'megabyte'] : [Math.max(1, Math.round(bytes / 1e3)), 'kilobyte'];
  return new Intl.NumberFormat(localeInfo(locale).intl, {
    style: 'unit',
    unit,
    unitDisplay: 'short',
    maximumFractionDigits: 1,
  }).format(value);
}
