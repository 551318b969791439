import { describe, expect, test } from 'vitest';
import { stem, stemForms } from '../../src/search/stemmer';
import { plainTermMatches, termMatches } from '../support/prefix-match';
import { wordForms } from '../support/word-forms';

// Every form of a word, typed as a query, should find every other form in a
// page's text. Forms come from real dictionary paradigms (tests/fixtures/word-forms);
// forms with another prefix (не-, па-) are left out, a suffix stemmer cannot join them.
describe.each(['uk', 'be'] as const)('%s stemmer on real word lists', (locale) => {
  const paradigms = wordForms(locale).map(({ lemma, forms }) => ({
    lemma,
    forms: forms.filter((f) => f.slice(0, 2).toLowerCase() === lemma.slice(0, 2).toLowerCase()),
  }));

  test('any form finds any other form of the same word, in at least 90% of pairs', () => {
    let ours = 0;
    let plain = 0;
    let pairs = 0;
    for (const { forms } of paradigms) {
      for (const query of forms) {
        for (const text of forms) {
          pairs += 1;
          if (termMatches(query, text, locale)) ours += 1;
          if (plainTermMatches(query, text)) plain += 1;
        }
      }
    }
    console.info(
      `${locale}: ${paradigms.length} paradigms, ${pairs} (query form, text form) pairs; ` +
        `stemmed ${((100 * ours) / pairs).toFixed(1)}%, plain prefix ${((100 * plain) / pairs).toFixed(1)}%`,
    );
    expect(ours / pairs).toBeGreaterThanOrEqual(0.9);
  });

  const newsWords = {
    uk: ['санкція', 'протестувальник', 'Лукашенко', 'вибори', 'Білорусь', 'білоруський', 'опозиція', 'посадовець'],
    be: ['санкцыя', 'пратэст', 'Лукашэнка', 'выбары', 'Беларусь', 'беларускі', 'апазіцыя', 'голас', 'рэпрэсія'],
  }[locale];
  test.each(newsWords)('every form of "%s" finds every other', (lemma) => {
    const paradigm = paradigms.find((p) => p.lemma === lemma);
    expect(paradigm, `${lemma} is in tests/fixtures/word-forms/${locale}.txt`).toBeDefined();
    for (const query of paradigm!.forms) {
      for (const text of paradigm!.forms) expect(termMatches(query, text, locale), `${query} → ${text}`).toBe(true);
    }
  });
});

describe('stem', () => {
  test.each([
    ['uk', 'санкцій', 'санкц'],
    ['uk', 'санкціями', 'санкц'],
    ['uk', 'протестувальників', 'протестувальник'],
    ['uk', 'Лукашенка', 'лукашенк'],
    ['uk', 'Білоруссю', 'білорус'],
    ['uk', 'приєднатися', 'приєдн'],
    ['be', 'санкцыямі', 'санкц'],
    ['be', 'Лукашэнкам', 'лукашэнк'],
    ['be', 'пратэсце', 'пратэст'],
    ['be', 'далучаецца', 'далуч'],
  ] as const)('%s: %s → %s', (locale, word, expected) => {
    expect(stem(word, locale)).toBe(expected);
  });

  test("apostrophes of every kind are one: ʼ, ’ and ' give the same stem", () => {
    expect(stem('памʼяті', 'uk')).toBe(stem('пам’яті', 'uk'));
    expect(stem("пам'яті", 'uk')).toBe(stem('пам’яті', 'uk'));
    expect(stem('памʼяті', 'uk')).toBe('памят');
  });

  test('English and Latin words are only lowercased: Pagefind stems English itself', () => {
    expect(stem('Sanctions', 'en')).toBe('sanctions');
    expect(stem('Lukashenko', 'uk')).toBe('lukashenko');
  });

  test('short words are kept whole', () => {
    expect(stem('мир', 'uk')).toBe('мир');
    expect(stem('ЄС', 'uk')).toBe('єс');
  });

  test('other spellings of a stem come after it: вибір → вибор, голас → галас, Кіеў → кіев', () => {
    expect(stemForms('вибір', 'uk')).toContain('вибор');
    expect(stemForms('голас', 'be')).toContain('галас');
    expect(stemForms('Кіеў', 'be')).toContain('кіев');
    expect(stemForms('вибір', 'uk')[0]).toBe('вибір');
  });
});

describe('the inflected queries the issue names', () => {
  test.each([
    ['uk', 'санкцій', 'Україна приєднається до санкції ЄС.'],
    ['uk', 'санкціями', 'Україна приєднається до санкцій ЄС.'],
    ['uk', 'протестувальників', 'протестувальники вийшли на вулиці'],
    ['uk', 'протестувальниками', 'репресії проти протестувальників'],
    ['uk', 'Лукашенка', 'Олександр Лукашенко заявив'],
    ['be', 'санкцыямі', 'Украіна далучаецца да санкцый ЕС.'],
    ['be', 'санкцый', 'санкцыі супраць чыноўнікаў'],
    ['be', 'Лукашэнкам', 'Аляксандр Лукашэнка заявіў'],
    ['be', 'галасы', 'кожны голас'],
  ] as const)('%s: "%s" finds "%s", which plain Pagefind does not', (locale, query, text) => {
    expect(termMatches(query, text, locale)).toBe(true);
    expect(plainTermMatches(query, text)).toBe(false);
  });
});
