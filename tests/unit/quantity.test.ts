import { describe, expect, test } from 'vitest';
import { formatQuantity, isUnit, unitNames } from '../../src/i18n/quantity';
import type { Locale } from '../../src/i18n/locales';

const NBSP = '\u00a0';
const counts = [1, 2, 5, 11, 21, 22, 1.5] as const;

// One row per locale: what each count of the table above reads as, unit by unit.
const expected: Record<Locale, Record<'officials' | 'years' | 'people' | 'sundays', string[]>> = {
  en: {
    officials: [
      '1 official',
      '2 officials',
      '5 officials',
      '11 officials',
      '21 officials',
      '22 officials',
      '1.5 officials',
    ],
    years: ['1 year', '2 years', '5 years', '11 years', '21 years', '22 years', '1.5 years'],
    people: ['1 person', '2 people', '5 people', '11 people', '21 people', '22 people', '1.5 people'],
    sundays: ['1 Sunday', '2 Sundays', '5 Sundays', '11 Sundays', '21 Sundays', '22 Sundays', '1.5 Sundays'],
  },
  uk: {
    officials: [
      '1 посадовець',
      '2 посадовці',
      '5 посадовців',
      '11 посадовців',
      '21 посадовець',
      '22 посадовці',
      '1,5 посадовця',
    ],
    years: ['1 рік', '2 роки', '5 років', '11 років', '21 рік', '22 роки', '1,5 року'],
    people: ['1 людина', '2 людини', '5 людей', '11 людей', '21 людина', '22 людини', '1,5 людини'],
    sundays: ['1 неділя', '2 неділі', '5 неділь', '11 неділь', '21 неділя', '22 неділі', '1,5 неділі'],
  },
  be: {
    officials: [
      '1 чыноўнік',
      '2 чыноўнікі',
      '5 чыноўнікаў',
      '11 чыноўнікаў',
      '21 чыноўнік',
      '22 чыноўнікі',
      '1,5 чыноўніка',
    ],
    years: ['1 год', '2 гады', '5 гадоў', '11 гадоў', '21 год', '22 гады', '1,5 года'],
    people: ['1 чалавек', '2 чалавекі', '5 чалавек', '11 чалавек', '21 чалавек', '22 чалавекі', '1,5 чалавека'],
    sundays: ['1 нядзеля', '2 нядзелі', '5 нядзель', '11 нядзель', '21 нядзеля', '22 нядзелі', '1,5 нядзелі'],
  },
};

const rows = Object.entries(expected).flatMap(([locale, units]) =>
  Object.entries(units).flatMap(([unit, texts]) =>
    counts.map((count, i) => ({ locale: locale as Locale, unit, count, text: texts[i]! })),
  ),
);

describe('formatQuantity: numbers per locale, units in the plural form the number needs', () => {
  test.each(rows)('$locale: $count $unit → "$text"', ({ locale, unit, count, text }) => {
    if (!isUnit(unit)) throw new Error(`not a unit: ${unit}`);
    // The number and its unit are joined by a no-break space so a line never splits them.
    expect(formatQuantity(count, locale, { unit })).toBe(text.replace(' ', NBSP));
  });

  test.each([
    ['en', `over 100,000${NBSP}people`],
    ['uk', `понад 100${NBSP}000${NBSP}людей`],
    ['be', `больш за 100${NBSP}000${NBSP}чалавек`],
  ] as const)('%s: a lower bound reads "%s", grouped by the locale', (locale, text) => {
    expect(formatQuantity(100000, locale, { unit: 'people', over: true })).toBe(text);
  });

  test('without a unit it is just the number', () => {
    expect(formatQuantity(1234.5, 'uk')).toBe(`1${NBSP}234,5`);
  });
});

describe('units', () => {
  test('are the keys of the English units file, without plural suffixes', () => {
    expect(unitNames).toEqual(expect.arrayContaining(['officials', 'years', 'people', 'sundays']));
    expect(unitNames.some((name) => /_/.test(name))).toBe(false);
  });
  test.each([
    ['officials', true],
    ['officials_one', false],
    ['oficials', false],
    [40, false],
  ])('isUnit(%j) is %s', (value, expected) => expect(isUnit(value)).toBe(expected));
});
