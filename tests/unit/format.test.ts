import { afterAll, describe, expect, test, vi } from 'vitest';
import { formatDate, formatNumber, readingMinutes } from '../../src/i18n/format';
import { useTranslations } from '../../src/i18n/ui';

describe('formatDate', () => {
  test.each([
    ['en', '2 October 2020'],
    ['uk', '2 жовтня 2020 р.'],
    ['be', '2 кастрычніка 2020 г.'],
  ] as const)('%s writes 2020-10-02 as "%s"', (locale, expected) => {
    expect(formatDate('2020-10-02', locale)).toBe(expected);
  });

  // Builds run wherever the editor or CI is. Each zone puts the instant on another local
  // day, so a formatter without timeZone: 'UTC' would write 8 or 10 August. The module is
  // loaded afresh in each zone: a formatter takes the zone in effect when it is made.
  describe.each([
    ['America/Los_Angeles', '2020-08-09T00:30:00Z', 8],
    ['Europe/Kyiv', '2020-08-09T23:30:00Z', 10],
    ['Pacific/Kiritimati', '2020-08-09T12:00:00Z', 10],
  ])('in %s', (zone, instant, localDay) => {
    const before = process.env.TZ;
    afterAll(() => {
      if (before === undefined) delete process.env.TZ;
      else process.env.TZ = before;
    });

    test('a calendar day does not shift with the time zone', async () => {
      process.env.TZ = zone;
      vi.resetModules();
      const format = await import('../../src/i18n/format');
      expect(new Date(instant).getDate(), 'the zone is in effect').toBe(localDay);
      expect(format.isoDay('2020-08-09')).toBe('2020-08-09');
      expect(format.isoDay(new Date(instant))).toBe('2020-08-09');
      expect(format.formatDate('2020-08-09', 'en')).toBe('9 August 2020');
      expect(format.formatDate(new Date(instant), 'uk')).toBe('9 серпня 2020 р.');
    });
  });
});

describe('formatNumber', () => {
  test.each([
    ['en', 100000, '100,000'],
    ['uk', 100000, '100\u00a0000'],
    ['be', 100000, '100\u00a0000'],
    ['uk', 1.5, '1,5'],
    ['be', 1.5, '1,5'],
    ['en', 1.5, '1.5'],
  ] as const)('%s formats %d as %j', (locale, value, expected) => {
    expect(formatNumber(value, locale)).toBe(expected);
  });
});

describe('reading time plurals', () => {
  test.each([
    ['en', 1, '1 minute read'],
    ['en', 2, '2 minutes read'],
    ['en', 5, '5 minutes read'],
    ['en', 21, '21 minutes read'],
    ['uk', 1, '1 хвилина читання'],
    ['uk', 2, '2 хвилини читання'],
    ['uk', 5, '5 хвилин читання'],
    ['uk', 11, '11 хвилин читання'],
    ['uk', 21, '21 хвилина читання'],
    ['uk', 22, '22 хвилини читання'],
    ['uk', 1.5, '1,5 хвилини читання'],
    ['be', 1, '1 хвіліна чытання'],
    ['be', 2, '2 хвіліны чытання'],
    ['be', 5, '5 хвілін чытання'],
    ['be', 11, '11 хвілін чытання'],
    ['be', 21, '21 хвіліна чытання'],
    ['be', 22, '22 хвіліны чытання'],
    ['be', 1.5, '1,5 хвіліны чытання'],
  ] as const)('%s, %d → "%s"', (locale, count, expected) => {
    expect(useTranslations(locale)('explainer.readingTime', { count })).toBe(expected);
  });
});

describe('readingMinutes', () => {
  test.each([
    [0, 1],
    [150, 1],
    [600, 3],
    [1000, 5],
  ])('%d words take %d minute(s)', (words, minutes) => {
    expect(readingMinutes(words)).toBe(minutes);
  });
});
