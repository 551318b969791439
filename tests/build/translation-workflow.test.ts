import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildFixture } from '../support/build-fixture';
import { pageDocument } from '../support/dist';

// A content tree with one explainer missing translations, one whose source changed
// after the Ukrainian translation, and one first written in Ukrainian.
let out: string;
const page = (path: string) => pageDocument(path, out);
const indexCount = (locale: string) =>
  (
    JSON.parse(readFileSync(join(out, 'pagefind/pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    }
  ).languages[locale]?.page_count ?? 0;

beforeAll(async () => {
  out = (await buildFixture('tests/fixtures/translation/content')).outDir;
});

describe('a missing translation', () => {
  test.each(['uk', 'be'])(
    'is still served in %s, with a notice in that language and the source lang on its content',
    (locale) => {
      const doc = page(`${locale}/explainers/only-english/index.html`);
      expect(doc.documentElement.getAttribute('lang')).toBe(locale);
      const notice = doc.querySelector('[data-fallback-notice]');
      expect(notice?.textContent).toMatch(
        locale === 'uk' ? /ще не перекладено українською/ : /яшчэ не перакладзена на беларускую/,
      );
      expect(doc.querySelector('article')?.getAttribute('lang')).toBe('en');
      expect(doc.querySelector('h1')?.textContent).toBe('Only in English');
    },
  );

  test('points its canonical to the original and lists only real translations as alternates', () => {
    const doc = page('uk/explainers/only-english/index.html');
    expect(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')).toMatch(
      /\/en\/explainers\/only-english\/$/,
    );
    const hreflangs = [...doc.querySelectorAll('link[rel="alternate"][hreflang]')].map((l) =>
      l.getAttribute('hreflang'),
    );
    expect(hreflangs).toEqual(['en', 'x-default']);
  });

  test('is kept out of the uk and be search indexes, and stays in the en one', () => {
    expect(page('uk/explainers/only-english/index.html').querySelector('[data-pagefind-body]')).toBeNull();
    expect(page('en/explainers/only-english/index.html').querySelector('[data-pagefind-body]')).not.toBeNull();
    // uk: changed-source, corrected-source and written-in-ukrainian; be: the same three; en: only-english,
    // changed-source and corrected-source.
    expect([indexCount('en'), indexCount('uk'), indexCount('be')]).toEqual([3, 3, 3]);
  });

  test('is listed, marked, on the uk home page, and the switcher marks it untranslated', () => {
    const home = page('uk/index.html');
    const card = [...home.querySelectorAll('.explainer-card')].find((c) => c.textContent?.includes('Only in English'));
    expect(card?.querySelector('.badge')?.textContent).toBe('ще не перекладено');
    expect(card?.getAttribute('lang')).toBe('en');
    const switcher = page('en/explainers/only-english/index.html').querySelector('.language-switcher')!;
    const marked = [...switcher.querySelectorAll('a')].filter((a) => a.querySelector('.untranslated'));
    expect(marked.map((a) => a.getAttribute('data-locale'))).toEqual(['uk', 'be']);
  });
});

describe('an outdated translation', () => {
  test('shows the date of the source update and a link to the original', () => {
    const notice = page('uk/explainers/changed-source/index.html').querySelector('[data-outdated-notice]');
    expect(notice?.textContent).toContain('15 квітня 2024 р.');
    expect(notice?.querySelector('a')?.getAttribute('href')).toBe('/en/explainers/changed-source/');
  });

  test('an up-to-date translation shows no such notice', () => {
    expect(page('be/explainers/changed-source/index.html').querySelector('[data-outdated-notice]')).toBeNull();
  });

  test('the translations page names the changed section', () => {
    const cell = page('en/translations/index.html').querySelector(
      'tr[data-slug="changed-source"] td[data-locale="uk"]',
    );
    expect(cell?.getAttribute('data-state')).toBe('outdated');
    expect(cell?.textContent).toContain('Latest');
    expect(page('en/translations/index.html').querySelector('meta[name="robots"]')?.getAttribute('content')).toBe(
      'noindex',
    );
  });
});

describe('a correction and an update added to the source after translation', () => {
  const cell = (page: Document, locale: string) =>
    page.querySelector(`tr[data-slug="corrected-source"] td[data-locale="${locale}"]`);

  test.each([
    ['en', ['5 March 2024 Correction: ', '9 March 2024 Update: ']],
    ['uk', ['5 березня 2024 р. Виправлення: ', '9 березня 2024 р. Оновлення: ']],
  ])('the translations page in %s shows the outdated translation the original’s notes to add', (locale, heads) => {
    const uk = cell(page(`${locale}/translations/index.html`), 'uk');
    expect(uk?.getAttribute('data-state')).toBe('outdated');
    const items = [...(uk?.querySelectorAll('[data-changes-to-carry] li') ?? [])];
    expect(items.map((li) => li.getAttribute('data-change-kind'))).toEqual(['correction', 'update']);
    expect(items.map((li) => li.querySelector('time')?.getAttribute('datetime'))).toEqual(['2024-03-05', '2024-03-09']);
    expect(items.map((li) => li.textContent?.replace(/\s+/g, ' '))).toEqual([
      `${heads[0]}An earlier version gave the wrong year of the treaty.`,
      `${heads[1]}Added the minister's statement of 9 March.`,
    ]);
    // The notes are the original's text, in its language.
    expect(items.map((li) => li.querySelector('span')?.getAttribute('lang'))).toEqual(['en', 'en']);
  });

  test('a translation that already carries the changes shows no notes to add', () => {
    const be = cell(page('en/translations/index.html'), 'be');
    expect(be?.getAttribute('data-state')).toBe('translated');
    expect(be?.querySelector('[data-changes-to-carry]')).toBeNull();
  });
});

describe('an explainer first written in Ukrainian', () => {
  test('is the original in uk and a fallback (from uk) in en', () => {
    const en = page('en/explainers/written-in-ukrainian/index.html');
    expect(en.querySelector('article')?.getAttribute('lang')).toBe('uk');
    expect(en.querySelector('[data-fallback-notice]')?.textContent).toMatch(/Ukrainian/);
    expect(en.querySelector('link[rel="canonical"]')?.getAttribute('href')).toMatch(
      /\/uk\/explainers\/written-in-ukrainian\/$/,
    );
    const uk = page('uk/explainers/written-in-ukrainian/index.html');
    expect(uk.querySelector('[data-fallback-notice], [data-outdated-notice]')).toBeNull();
    const cell = page('uk/translations/index.html').querySelector(
      'tr[data-slug="written-in-ukrainian"] td[data-locale="uk"]',
    );
    expect(cell?.getAttribute('data-state')).toBe('source');
  });
});
