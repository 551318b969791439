import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { localeCodes, type Locale } from '../../src/i18n/locales';
import { htmlFiles, pageDocument, readDist } from '../support/dist';
import { distDir } from '../support/paths';

const NBSP = '\u00a0';
const sanctions = 'ukraine-joins-eu-sanctions-on-belarus';
const election = 'belarus-2020-election-and-protests';
const page = (locale: Locale, slug: string) => pageDocument(`${locale}/explainers/${slug}/index.html`);
/** The language an element is read in: its own lang, or the nearest ancestor's. */
const langOf = (element: Element) => element.closest('[lang]')?.getAttribute('lang');
const text = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/g, ' ').trim();

// What each block shows in each language, from the seed content and the shared collections.
const expected = {
  en: {
    kuleba: 'Dmytro Kuleba',
    role: 'Foreign Minister of Ukraine',
    lukashenko: 'Alexander Lukashenko',
    firstDate: '9 August 2020',
    facts: ['40 officials', '26 years'],
    electionFacts: ['26 years', 'over 100,000 people', '7 Sundays'],
    keyFacts: 'Key facts',
    sources: 'Sources',
  },
  uk: {
    kuleba: 'Дмитро Кулеба',
    role: 'Міністр закордонних справ України',
    lukashenko: 'Олександра Лукашенка',
    firstDate: '9 серпня 2020 р.',
    facts: ['40 посадовців', '26 років'],
    electionFacts: ['26 років', 'понад 100 000 людей', '7 неділь'],
    keyFacts: 'Ключові факти',
    sources: 'Джерела',
  },
  be: {
    kuleba: 'Дзмітрый Кулеба',
    role: 'Міністр замежных спраў Украіны',
    lukashenko: 'Аляксандра Лукашэнку',
    firstDate: '9 жніўня 2020 г.',
    facts: ['40 чыноўнікаў', '26 гадоў'],
    electionFacts: ['26 гадоў', 'больш за 100 000 чалавек', '7 нядзель'],
    keyFacts: 'Ключавыя факты',
    sources: 'Крыніцы',
  },
} satisfies Record<Locale, unknown>;

describe.each(localeCodes)('blocks in the %s explainer', (locale) => {
  const want = expected[locale];
  const doc = page(locale, sanctions);

  test('<Person> is a link to the who’s-who page, named in the page language, with its role as a card', () => {
    const link = doc.querySelector(`.prose a[href="/${locale}/people/kuleba/"]`)!;
    expect(text(link)).toBe(want.kuleba);
    expect(langOf(link)).toBe(locale);
    const card = doc.getElementById(link.getAttribute('aria-describedby')!);
    expect(text(card)).toBe(want.role);
    expect(langOf(card!)).toBe(locale);
    // Inflected languages keep the author's words between the tags.
    expect(text(doc.querySelector(`.prose a[href="/${locale}/people/lukashenko/"]`))).toBe(want.lukashenko);
  });

  test('<Org> and <Term> link to pages that exist, the term to its entry in the glossary', () => {
    const org = doc.querySelector(`.prose a[href="/${locale}/organisations/okrestina/"]`);
    expect(org).not.toBeNull();
    expect(existsSync(join(distDir, locale, 'organisations/okrestina/index.html'))).toBe(true);
    const term = doc.querySelector(`.prose a[href="/${locale}/glossary/#asset-freeze"]`)!;
    expect(langOf(term)).toBe(locale);
    const glossary = pageDocument(`${locale}/glossary/index.html`);
    expect(glossary.getElementById('asset-freeze')?.tagName).toBe('DT');
  });

  test('<Timeline> lists its events in date order, each with <time datetime> written for the locale', () => {
    const times = [...doc.querySelectorAll('.timeline time')];
    expect(times.map((t) => t.getAttribute('datetime'))).toEqual([
      '2020-08-09',
      '2020-09-23',
      '2020-10-02',
      '2020-11-05',
    ]);
    expect(text(times[0])).toBe(want.firstDate);
    expect(langOf(times[0]!)).toBe(locale);
  });

  test('<KeyFacts> is a description list of numbers grouped for the locale, units in the right plural', () => {
    const values = [...doc.querySelectorAll('.key-facts dl dd data')];
    expect(values.map((v) => v.getAttribute('value'))).toEqual(['40', '26']);
    expect(values.map((v) => v.textContent!.replaceAll(NBSP, ' '))).toEqual(want.facts);
    expect(text(doc.querySelector('.key-facts-title'))).toBe(want.keyFacts);
    const electionFacts = [...page(locale, election).querySelectorAll('.key-facts dd')].map((d) => d.textContent);
    expect(electionFacts.map((f) => f!.replaceAll(NBSP, ' '))).toEqual(want.electionFacts);
    // The number and its unit never split across lines.
    expect(electionFacts[2]).toContain(`7${NBSP}`);
  });

  test('<Quote> is a figure: the quotation, then who said it and where, citing the source', () => {
    const figure = doc.querySelector('figure.quote')!;
    expect(figure.querySelector('blockquote')?.getAttribute('cite')).toMatch(/^https:\/\//);
    const caption = figure.querySelector('figcaption')!;
    expect(caption.querySelector(`a[href="/${locale}/people/kuleba/"]`)?.textContent).toBe(want.kuleba);
    expect(caption.querySelector('cite')?.textContent).toContain('BBC News Україна');
    // The interview's title is Ukrainian: marked so wherever the page is not.
    expect(langOf(caption.querySelector('cite')!)).toBe('uk');
    expect(caption.querySelector('sup.cite a')?.getAttribute('href')).toMatch(/^#source-\d$/);
  });

  test('every <Cite> number points at an entry of the Sources list, numbered in order of first citation', () => {
    const sources = doc.querySelector('section.sources')!;
    expect(text(sources.querySelector('h2'))).toBe(want.sources);
    const entries = [...sources.querySelectorAll('ol > li')];
    expect(entries.map((li) => li.id)).toEqual(['source-1', 'source-2']);
    expect(entries[0]!.querySelector('a')?.getAttribute('href')).toBe('https://www.kyivpost.com/');
    for (const link of doc.querySelectorAll('sup.cite a')) {
      const target = link.getAttribute('href')!.slice(1);
      expect(doc.getElementById(target)?.closest('section.sources')).toBe(sources);
      expect(link.textContent).toBe(`[${target.replace('source-', '')}]`);
    }
    // The Kyiv Post title is English: marked when the page is not.
    expect(langOf(entries[0]!.querySelector('cite')!)).toBe('en');
  });

  test('<Related> links to the other explainer, titled in the page language', () => {
    const link = doc.querySelector(`.related a[href="/${locale}/explainers/${election}/"]`)!;
    expect(text(link)).toBe(text(page(locale, election).querySelector('h1')));
    expect(langOf(link)).toBe(locale);
  });
});

describe('pages that come with the blocks', () => {
  test.each(localeCodes)('%s who’s-who pages list the explainers that mention each person', (locale) => {
    const mentions = (id: string) =>
      [...pageDocument(`${locale}/people/${id}/index.html`).querySelectorAll('main .explainer-links a')].map((a) =>
        a.getAttribute('href'),
      );
    expect(mentions('kuleba')).toEqual([`/${locale}/explainers/${sanctions}/`]);
    expect(mentions('lukashenko').sort()).toEqual(
      [`/${locale}/explainers/${election}/`, `/${locale}/explainers/${sanctions}/`].sort(),
    );
    expect(mentions('kolesnikova')).toEqual([`/${locale}/explainers/${election}/`]);
  });

  test.each(localeCodes)('%s: /organisations/ lists every organisation, linked from who’s who', (locale) => {
    const links = [...pageDocument(`${locale}/organisations/index.html`).querySelectorAll('main .who-list a')];
    const onWhoIsWho = [...pageDocument(`${locale}/people/index.html`).querySelectorAll('main .who-list a')]
      .map((a) => a.getAttribute('href'))
      .filter((href) => href?.startsWith(`/${locale}/organisations/`));
    expect(links.map((a) => a.getAttribute('href'))).toEqual(onWhoIsWho);
    expect(links.length).toBeGreaterThan(3);
    for (const a of links) expect(existsSync(join(distDir, a.getAttribute('href')!, 'index.html'))).toBe(true);
    expect(
      pageDocument(`${locale}/people/index.html`).querySelector(`main h2 a[href="/${locale}/organisations/"]`),
    ).not.toBeNull();
  });

  test.each(localeCodes)('the %s glossary is in that language’s alphabetical order', (locale) => {
    const terms = [...pageDocument(`${locale}/glossary/index.html`).querySelectorAll('dl dt')].map((dt) => text(dt)!);
    expect(terms.length).toBeGreaterThan(5);
    expect(terms).toEqual([...terms].sort(new Intl.Collator(locale).compare));
    expect(terms).toContain({ en: 'Asset freeze', uk: 'Заморожування активів', be: 'Замарожванне актываў' }[locale]);
  });

  test.each(localeCodes)('%s topic pages list the explainers on that topic', (locale) => {
    const links = [...pageDocument(`${locale}/topics/protests/index.html`).querySelectorAll('main .explainer-links a')];
    expect(links.map((a) => a.getAttribute('href'))).toEqual([`/${locale}/explainers/${election}/`]);
  });

  test.each(localeCodes)('the %s home page links to who’s who, the glossary and every topic', (locale) => {
    const hrefs = [...pageDocument(`${locale}/index.html`).querySelectorAll('nav.browse a')].map((a) =>
      a.getAttribute('href'),
    );
    expect(hrefs).toEqual(
      expect.arrayContaining([`/${locale}/people/`, `/${locale}/glossary/`, `/${locale}/topics/eu-sanctions/`]),
    );
  });

  test('explainers link to their topics', () => {
    const hrefs = [...page('uk', sanctions).querySelectorAll('.topic-links a')].map((a) => a.getAttribute('href'));
    expect(hrefs).toEqual(['/uk/topics/eu-sanctions/', '/uk/topics/ukraine-belarus-relations/']);
  });
});

describe('every page with blocks', () => {
  const pages = htmlFiles().filter((p) => /^(en|uk|be)\/(explainers|people|organisations|topics|glossary)\//.test(p));

  test.each(pages)('%s has no inline style or script, and every internal link resolves', (path) => {
    const html = readDist(path);
    expect(html).not.toMatch(/\sstyle=/);
    // Structured data (type="application/ld+json") is the one script without src: data, never run.
    expect(html).not.toMatch(/<script(?![^>]*\ssrc=)(?! type="application\/ld\+json">)[^>]*>/);
    const doc = pageDocument(path);
    for (const a of doc.querySelectorAll('a[href^="/"]')) {
      const target = a.getAttribute('href')!.split('#')[0]!;
      expect(existsSync(join(distDir, target, target.endsWith('/') ? 'index.html' : '')), target).toBe(true);
    }
    expect(doc.body.textContent).not.toMatch(/\b(blocks|units):[a-z]/);
  });
});
