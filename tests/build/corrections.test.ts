import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { localeCodes, localeInfo } from '../../src/i18n/locales';
import { paths } from '../../src/i18n/routing';
import { pageDocument } from '../support/dist';
import { jsonLdOf } from '../support/structured-data-checks';

// tests/fixtures/partial-translations/…/a-corrected-explainer: one correction and one update, in every
// language, built into the sub-path site.
const site = () => inject('subPathSite');
const slug = 'a-corrected-explainer';
const page = (locale: (typeof localeCodes)[number]) =>
  pageDocument(`${paths.explainer(locale, slug)}index.html`, site().dist);

const expected = {
  en: {
    notice: 'This explainer was corrected on 4 March 2021.',
    title: 'Corrections and updates',
    correction: 'An earlier version gave the wrong day for the meeting.',
  },
  uk: {
    notice: 'Це пояснення виправлено 4 березня 2021 р.',
    title: 'Виправлення та оновлення',
    correction: 'У попередній версії був неправильно вказаний день зустрічі.',
  },
  be: {
    notice: 'Гэта тлумачэнне выпраўлена 4 сакавіка 2021 г.',
    title: 'Выпраўленні і абнаўленні',
    correction: 'У папярэдняй версіі быў няправільна пазначаны дзень сустрэчы.',
  },
} as const;

describe.each(localeCodes)('a corrected explainer in %s', (locale) => {
  test('shows a notice under the title that links to the list of changes', () => {
    const notice = page(locale).querySelector('header [data-correction-notice]');
    expect(notice?.textContent).toContain(expected[locale].notice);
    expect(notice?.querySelector('a')?.getAttribute('href')).toBe('#changes');
  });

  test('ends with the dated list of corrections and updates, newest first, notes as written', () => {
    const list = page(locale).querySelector('article > #changes');
    expect(list?.querySelector('h2')?.textContent).toBe(expected[locale].title);
    const items = [...list!.querySelectorAll('li')];
    expect(items.map((li) => li.querySelector('time')?.getAttribute('datetime'))).toEqual(['2021-03-10', '2021-03-04']);
    expect(items.map((li) => li.getAttribute('data-change-kind'))).toEqual(['update', 'correction']);
    expect(items[1]!.textContent).toContain(expected[locale].correction);
    expect(list!.nextElementSibling).toBeNull();
  });

  test('carries the correction as a CorrectionComment, and dateModified follows the newest change', () => {
    const [data] = jsonLdOf(site().dist, paths.explainer(locale, slug));
    expect(data?.inLanguage).toBe(localeInfo(locale).lang);
    expect(data?.correction).toEqual([
      { '@type': 'CorrectionComment', datePublished: '2021-03-04', text: expected[locale].correction },
    ]);
    expect(data?.dateModified).toBe('2021-03-10');
    expect(data?.mentions?.map((m) => m['@type']).sort()).toEqual(['Organization', 'Person']);
    expect(data?.citation).toHaveLength(1);
  });

  test('its feed item is dated by the newest change', () => {
    const xml = readFileSync(join(site().dist, paths.feed(locale)), 'utf8');
    const item = [...xml.matchAll(/<item>(.*?)<\/item>/gs)].map(([, i]) => i!).find((i) => i.includes(`/${slug}/`));
    expect(new Date(/<pubDate>([^<]+)<\/pubDate>/.exec(item!)![1]!).toISOString().slice(0, 10)).toBe('2021-03-10');
  });
});

test('an explainer without changes has no notice and no list', () => {
  const doc = pageDocument(`${paths.explainer('en', 'english-and-ukrainian')}index.html`, site().dist);
  expect(doc.querySelector('[data-correction-notice], #changes')).toBeNull();
});
