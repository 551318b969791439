import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildFixture } from '../support/build-fixture';
import { pageDocument } from '../support/dist';
import { projectRoot } from '../support/paths';

// Shared records that lack Belarusian text, used by an explainer in English and Belarusian.
const fixture = 'tests/fixtures/blocks/content';
let out: string;
const page = (path: string) => pageDocument(path, out);
const langOf = (element: Element | null) => element?.closest('[lang]')?.getAttribute('lang');

beforeAll(async () => {
  out = (await buildFixture(fixture)).outDir;
});

describe('a record without a translation', () => {
  test('shows its English text on a Belarusian page, marked lang="en"', () => {
    const doc = page('be/explainers/fallback-facts/index.html');
    const person = doc.querySelector('a[href="/be/people/kolesnikova/"]')!;
    expect(person.textContent).toBe('Maria Kolesnikova');
    expect(person.getAttribute('lang')).toBe('en');
    const role = doc.getElementById(person.getAttribute('aria-describedby')!)!;
    expect([role.textContent, role.getAttribute('lang')]).toEqual(['Opposition leader who remained in Belarus', 'en']);
    expect(langOf(doc.querySelector('.timeline li span'))).toBe('en');
    // The author's own Belarusian words stay unmarked; the English definition in the card is marked.
    const term = doc.querySelector('a[href="/be/glossary/#asset-freeze"]')!;
    expect([term.textContent, langOf(term)]).toEqual(['замарожванне актываў', 'be']);
    expect(langOf(doc.getElementById(term.getAttribute('aria-describedby')!))).toBe('en');
  });

  test('is not marked where the page language has it', () => {
    const doc = page('en/explainers/fallback-facts/index.html');
    expect(doc.querySelectorAll('article [lang]')).toHaveLength(0);
    const profile = page('uk/people/kolesnikova/index.html');
    expect(profile.querySelector('h1')?.textContent).toBe('Марія Колесникова');
    expect(profile.querySelector('h1')?.getAttribute('lang')).toBeNull();
  });

  test('falls back on the who’s-who page and the glossary too', () => {
    const profile = page('be/people/kolesnikova/index.html');
    expect([profile.querySelector('h1')?.textContent, profile.querySelector('h1')?.getAttribute('lang')]).toEqual([
      'Maria Kolesnikova',
      'en',
    ]);
    const term = page('be/glossary/index.html').getElementById('asset-freeze')!;
    expect([term.textContent?.trim(), term.getAttribute('lang')]).toEqual(['Asset freeze', 'en']);
  });
});

describe('a bad reference in an explainer', () => {
  test('fails the build with the file, line, block, prop, bad value and a near match', async () => {
    const broken = join(projectRoot, 'tests/.tmp/blocks-bad-reference');
    rmSync(broken, { recursive: true, force: true });
    cpSync(join(projectRoot, fixture), broken, { recursive: true });
    const file = join(broken, 'explainers/fallback-facts/be.mdx');
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace('<Person id="kolesnikova" />', '<Person id="kolesnikovaa" />'),
    );

    const failure = await buildFixture('tests/.tmp/blocks-bad-reference').then(
      () => undefined,
      (error: { stderr?: string; stdout?: string }) => `${error.stdout}\n${error.stderr}`,
    );
    expect(failure).toContain(
      'tests/.tmp/blocks-bad-reference/explainers/fallback-facts/be.mdx → line 8, <Person id="kolesnikovaa">: unknown person "kolesnikovaa".\n' +
        'Hint: Did you mean "kolesnikova"? A new person goes in tests/.tmp/blocks-bad-reference/people.yaml.',
    );
  });
});
