import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { localeCodes } from '../../src/i18n/locales';
import { flattenKeys } from '../../src/i18n/resources';
import { resources } from '../../src/i18n/load-resources';
import { htmlFiles, pageDocument } from '../support/dist';
import { distDir, projectRoot } from '../support/paths';

const slugs = readdirSync(join(projectRoot, 'content/explainers')).filter((n) => !n.startsWith('.'));
const explainerPages = slugs.flatMap((slug) => localeCodes.map((locale) => ({ slug, locale })));

describe('every explainer in every language', () => {
  test('the content folder holds the two seed explainers', () => {
    expect(slugs).toEqual(
      expect.arrayContaining(['ukraine-joins-eu-sanctions-on-belarus', 'belarus-2020-election-and-protests']),
    );
  });

  test.each(explainerPages)('$locale/explainers/$slug/ exists with the right lang and title', ({ slug, locale }) => {
    const doc = pageDocument(`${locale}/explainers/${slug}/index.html`);
    expect(doc.documentElement.getAttribute('lang')).toBe(locale);
    expect(doc.querySelector('h1')?.textContent?.trim()).toMatch(/\S/);
    expect(doc.querySelector('title')?.textContent).toContain(doc.querySelector('h1')!.textContent!.trim());
  });
});

describe('UI strings', () => {
  // Every key of every locale: a raw "search.title" in the text means a lookup failed.
  const keys = new Set(
    localeCodes
      .flatMap((l) => Object.keys(flattenKeys(resources[l].common ?? {})))
      .map((k) => k.replace(/_(zero|one|two|few|many|other)$/, '')),
  );
  test.each(htmlFiles())('%s shows no raw UI key', (path) => {
    const text = pageDocument(path).body.textContent ?? '';
    for (const key of keys) expect(text).not.toContain(key);
    expect(text).not.toMatch(/\{\{\s*\w+/);
  });
});

describe('home pages', () => {
  test.each(localeCodes)('%s lists every explainer, newest first, with a localized date and reading time', (locale) => {
    const doc = pageDocument(`${locale}/index.html`);
    const cards = [...doc.querySelectorAll('.explainer-card')];
    expect(cards).toHaveLength(slugs.length);
    const days = cards.map((c) => c.querySelector('time')!.getAttribute('datetime')!);
    expect([...days].sort().reverse()).toEqual(days);
    const firstDate = cards[0]!.querySelector('time')!.textContent!;
    expect(firstDate).toMatch(
      {
        en: /^\d{1,2} [A-Z][a-z]+ \d{4}$/,
        uk: /^\d{1,2} [а-яіїєґ’]+ \d{4} р\.$/,
        be: /^\d{1,2} [а-яёіў’]+ \d{4} г\.$/,
      }[locale],
    );
    expect(cards[0]!.textContent).toMatch(
      { en: /minutes? read/, uk: /хвилин[аи]? читання/, be: /хвілін[аы]? чытання/ }[locale],
    );
  });
});

describe('the Pagefind index', () => {
  const entry = JSON.parse(readFileSync(join(distDir, 'pagefind/pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number }>;
  };
  test('has exactly one index per site language', () => {
    expect(Object.keys(entry.languages).sort()).toEqual([...localeCodes].sort());
  });
  test.each(localeCodes)('the %s index holds exactly the explainers written in that language', (locale) => {
    const written = slugs.filter((s) => existsSync(join(projectRoot, 'content/explainers', s, `${locale}.mdx`)));
    expect(entry.languages[locale]?.page_count).toBe(written.length);
  });
});

describe('the language chooser at /', () => {
  test('offers each language home as a plain link, so it works without JavaScript', () => {
    const doc = pageDocument('index.html');
    const hrefs = [...doc.querySelectorAll('main a')].map((a) => a.getAttribute('href'));
    expect(hrefs).toEqual(localeCodes.map((l) => `/${l}/`));
  });
});

describe('404 pages', () => {
  test.each(localeCodes)('%s has its own 404.html in its language', (locale) => {
    const doc = pageDocument(`${locale}/404.html`);
    expect(doc.documentElement.getAttribute('lang')).toBe(locale);
    expect(doc.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
  });
  test('the root 404 speaks every language', () => {
    const langs = [...pageDocument('404.html').querySelectorAll('section[lang]')].map((s) => s.getAttribute('lang'));
    expect(langs).toEqual(localeCodes);
  });
});
