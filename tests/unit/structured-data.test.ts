import { describe, expect, test } from 'vitest';
import { localeCodes, localeInfo, sourceLocale, type Locale } from '../../src/i18n/locales';
import { jsonLdText } from '../../src/lib/pages/json-ld';
import { articleData, type ArticleFacts } from '../../src/lib/pages/structured-data';

const url = (locale: Locale) => `https://news.example.com/${locale}/explainers/x/`;
const kuleba = {
  id: 'kuleba',
  name: { en: 'Dmytro Kuleba', uk: 'Дмитро Кулеба', be: 'Дзмітрый Кулеба' },
  role: { en: 'Foreign Minister' },
  links: [{ label: 'Wikipedia', url: 'https://en.wikipedia.org/wiki/Dmytro_Kuleba' }],
};
const eu = { id: 'eu', name: { en: 'European Union' }, role: { en: 'Union' } };
const source = {
  id: 's',
  publisher: 'Kyiv Post',
  title: 'Kuleba on sanctions',
  url: 'https://www.kyivpost.com/',
  date: '2020-10-05',
  language: 'en',
};

function facts(locale: Locale, extra: Partial<ArticleFacts> = {}): ArticleFacts {
  return {
    locale,
    url: url(locale),
    data: {
      title: `${kuleba.name[locale]}: title in ${locale}`,
      summary: 'Summary.',
      published: '2020-10-06',
      updated: '2020-10-08',
      changes: [
        { date: '2020-10-07', kind: 'correction', note: `Fixed in ${locale}.` },
        { date: '2020-10-09', kind: 'update', note: 'More news.' },
      ],
    },
    publisher: { name: 'Example News', url: 'https://example-news.org/' },
    translations: [],
    citations: [source],
    people: [{ record: kuleba, url: `https://news.example.com/${locale}/people/kuleba/` }],
    organisations: [{ record: eu, url: `https://news.example.com/${locale}/organisations/eu/` }],
    ...extra,
  };
}

describe.each(localeCodes)('articleData in %s', (locale) => {
  const data = articleData(facts(locale)) as unknown as Record<string, unknown>;

  test('is a BackgroundNewsArticle in the BCP-47 language of the text, at its canonical URL', () => {
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'BackgroundNewsArticle',
      '@id': url(locale),
      url: url(locale),
      headline: `${kuleba.name[locale]}: title in ${locale}`,
      description: 'Summary.',
      inLanguage: localeInfo(locale).lang,
      datePublished: '2020-10-06',
      publisher: { '@type': 'Organization', name: 'Example News', url: 'https://example-news.org/' },
    });
  });

  test('dateModified is the newest of updated and the changes', () => {
    expect(data.dateModified).toBe('2020-10-09');
  });

  test('each correction is a CorrectionComment; an update is not', () => {
    expect(data.correction).toEqual([
      { '@type': 'CorrectionComment', datePublished: '2020-10-07', text: `Fixed in ${locale}.` },
    ]);
  });

  test('cites its sources and names people and organisations, with sameAs from their links', () => {
    expect(data.citation).toEqual([
      {
        '@type': 'CreativeWork',
        name: 'Kuleba on sanctions',
        url: 'https://www.kyivpost.com/',
        datePublished: '2020-10-05',
        inLanguage: 'en',
        publisher: { '@type': 'Organization', name: 'Kyiv Post' },
      },
    ]);
    // Named in the title: what the article is about. Only in the body: a mention, named in English when
    // the record has no text in the language.
    expect(data.about).toEqual([
      {
        '@type': 'Person',
        name: kuleba.name[locale],
        url: `https://news.example.com/${locale}/people/kuleba/`,
        sameAs: ['https://en.wikipedia.org/wiki/Dmytro_Kuleba'],
      },
    ]);
    expect(data.mentions).toEqual([
      { '@type': 'Organization', name: 'European Union', url: `https://news.example.com/${locale}/organisations/eu/` },
    ]);
  });
});

describe('translations', () => {
  const others = localeCodes.filter((l) => l !== sourceLocale);
  const version = (locale: Locale) => ({ locale, url: url(locale), title: `T ${locale}` });

  test('the original lists each real translation; a translation points back at the original', () => {
    const original = articleData(facts(sourceLocale, { translations: others.map(version) }));
    expect(original.workTranslation).toEqual(
      others.map((l) => ({
        '@type': 'BackgroundNewsArticle',
        '@id': url(l),
        url: url(l),
        headline: `T ${l}`,
        inLanguage: localeInfo(l).lang,
      })),
    );
    expect(original).not.toHaveProperty('translationOfWork');
    for (const locale of others) {
      const translation = articleData(facts(locale, { original: version(sourceLocale) }));
      expect(translation).toMatchObject({ translationOfWork: { '@id': url(sourceLocale) } });
      expect(translation).not.toHaveProperty('workTranslation');
    }
  });

  test('an explainer without changes, citations or names leaves those fields out', () => {
    const plain = articleData(
      facts(sourceLocale, {
        data: { title: 'T', summary: 'S.', published: '2020-10-06' },
        citations: [],
        people: [],
        organisations: [],
      }),
    );
    expect(plain.dateModified).toBe('2020-10-06');
    for (const field of ['correction', 'citation', 'about', 'mentions', 'workTranslation', 'image'])
      expect(plain).not.toHaveProperty(field);
  });

  test('a lead picture is the article’s image', () => {
    const image = 'https://news.example.com/_astro/lead.abc_123.jpg';
    expect(articleData(facts(sourceLocale, { image }))).toMatchObject({ image });
  });
});

describe('jsonLdText', () => {
  test.each([
    ['a closing script tag', '</script><script>alert(1)</script>'],
    ['an HTML comment opener', '<!-- x'],
    ['line and paragraph separators', 'a\u2028b\u2029c'],
    ['Cyrillic and quotes', 'Кулеба: «санкції» & "ЄС"'],
  ])('%s cannot end the script and reads back unchanged', (_, text) => {
    const written = jsonLdText({ text });
    expect(written).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(written)).toEqual({ text });
  });
});

describe('about and mentions', () => {
  const lukashenko = {
    id: 'lukashenko',
    name: { en: 'Alexander Lukashenko', uk: 'Олександр Лукашенко', be: 'Аляксандр Лукашэнка' },
    role: { en: 'President' },
  };
  const cec = {
    id: 'cec',
    name: { en: 'Central Election Commission', uk: 'Центральна виборча комісія', be: 'Цэнтральная выбарчая камісія' },
    role: { en: 'Commission' },
  };
  const about = (locale: Locale, title: string, summary: string, listed?: string[]) =>
    (
      articleData(
        facts(locale, {
          data: { title, summary, published: '2020-10-06', ...(listed && { about: listed }) },
          people: [{ record: lukashenko, url: 'https://news.example.com/p/lukashenko/' }],
          organisations: [{ record: cec, url: 'https://news.example.com/o/cec/' }],
        }),
      ).about as { name: string }[] | undefined
    )?.map((thing) => thing.name) ?? [];

  test('a name in an inflected form in the title or summary makes it what the article is about', () => {
    expect(about('uk', 'Чому Лукашенка не визнали', 'Що сталося після виборів.')).toEqual(['Олександр Лукашенко']);
    expect(about('be', 'Выбары 2020 года', 'Цэнтральную выбарчую камісію абвінавацілі.')).toEqual([
      'Цэнтральная выбарчая камісія',
    ]);
  });

  test('a word that only begins like the name is not the name', () => {
    expect(about('uk', 'Лукашенківський режим', 'Виборча кампанія.')).toEqual([]);
  });

  test('the frontmatter’s about list decides, whatever the title says', () => {
    expect(about('uk', 'Чому Лукашенка не визнали', 'Про ЦВК.', ['cec'])).toEqual(['Центральна виборча комісія']);
  });
});
