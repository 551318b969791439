import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { sourceLocale } from '../../src/i18n/locales';
import { htmlFiles, pageDocument, readDist } from '../support/dist';
import { projectRoot } from '../support/paths';
import { copyProject, type ProjectCopy } from '../support/project-copy';

// Translators and editors write text, never markup: a string that looks like HTML must
// reach the reader as those characters. One build of a copy with hostile strings in a
// UI string (locales) and in frontmatter (tests/fixtures/hostile).
const payload = '<img src=x onerror=alert(1)>';
const slug = 'hostile-strings';
let copy: ProjectCopy;
let dist: string;

beforeAll(async () => {
  copy = copyProject(join(projectRoot, 'tests/fixtures/hostile'));
  const stringsFile = join(copy.root, `locales/${sourceLocale}/common.json`);
  const strings = JSON.parse(readFileSync(stringsFile, 'utf8'));
  strings.site.tagline = `Explainers ${payload}`;
  writeFileSync(stringsFile, JSON.stringify(strings, null, 2));
  const { code, output } = await copy.build();
  if (code !== 0) throw new Error(`The build with hostile strings failed:\n${output}`);
  dist = join(copy.root, 'dist/');
});
afterAll(() => copy?.remove());

describe('text that looks like HTML', () => {
  test('no page of the build has an element made from it', () => {
    for (const path of htmlFiles(dist)) {
      const doc = pageDocument(path, dist);
      const made = 'img[onerror], img[src="x"], script:not([src]):not([type="application/ld+json"])';
      expect(doc.querySelectorAll(made), path).toHaveLength(0);
    }
  });

  test('a UI string shows as text in the page and in the description', () => {
    const chooser = pageDocument('index.html', dist);
    expect(chooser.querySelector(`[lang="${sourceLocale}"] .tagline`)?.textContent).toBe(`Explainers ${payload}`);
    expect(readDist('index.html', dist)).toContain('Explainers &lt;img src=x onerror=alert(1)&gt;');
    const home = pageDocument(`${sourceLocale}/index.html`, dist);
    expect(home.querySelector('meta[name="description"]')?.getAttribute('content')).toBe(`Explainers ${payload}`);
  });

  test('a frontmatter title and summary show as text in the heading, the title and the meta tags', () => {
    const doc = pageDocument(`${sourceLocale}/explainers/${slug}/index.html`, dist);
    expect(doc.querySelector('h1')?.textContent).toBe(`Sanctions ${payload} explained`);
    expect(doc.querySelector('title')?.textContent).toContain(`Sanctions ${payload} explained`);
    expect(doc.querySelector('meta[property="og:title"]')?.getAttribute('content')).toBe(
      `Sanctions ${payload} explained`,
    );
    expect(doc.querySelector('.lead')?.textContent).toBe(
      'A summary that tries to leave its attribute: "><script>alert(2)</script>',
    );
  });
});

describe('a change note that tries to close its script', () => {
  const note = 'A note that tries to leave its script: </script><script>alert(3)</script> <!-- \u2028 \u2029 end';

  test('shows as text in the list of changes', () => {
    const doc = pageDocument(`${sourceLocale}/explainers/${slug}/index.html`, dist);
    expect(doc.querySelector('#changes li')?.textContent).toContain(note);
  });

  test('stays inside the one JSON-LD block, which reads back exactly what was written', () => {
    const html = readDist(`${sourceLocale}/explainers/${slug}/index.html`, dist);
    const blocks = [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)].map(
      ([, json]) => json!,
    );
    expect(blocks).toHaveLength(1);
    expect(blocks[0]).not.toMatch(/[<\u2028\u2029]/);
    const data = JSON.parse(blocks[0]!);
    expect(data.correction[0].text).toBe(note);
    expect(data.headline).toBe(`Sanctions ${payload} explained`);
  });
});

describe('links in MDX', () => {
  test('links out of the site get rel="noopener noreferrer", Markdown or HTML; links inside do not', () => {
    const doc = pageDocument(`${sourceLocale}/explainers/${slug}/index.html`, dist);
    const rel = (href: string) => doc.querySelector(`.prose a[href="${href}"]`)?.getAttribute('rel');
    expect(rel('https://www.bbc.com/ukrainian')).toBe('noopener noreferrer');
    expect(rel('https://www.kyivpost.com/')).toBe('external noopener noreferrer');
    // A relative link written in the body, resolved to the page it names.
    expect(rel(`/${sourceLocale}/explainers/belarus-2020-election-and-protests/`)).toBeNull();
  });
});

describe('the feed', () => {
  test('a summary that looks like HTML reaches a feed reader as text, not as markup', () => {
    const xml = readDist(`${sourceLocale}/rss.xml`, dist);
    const descriptions = [...xml.matchAll(/<description>(.*?)<\/description>/gs)].map(([, text]) => text!);
    // What a reader has after decoding the XML once, and then shows as HTML:
    const decoded = descriptions.map(decodeXml);
    const summary = decoded.find((text) => text.includes('tries to leave its attribute'));
    expect(summary).toBeDefined();
    expect(summary).not.toContain('<');
    expect(parseHTML(`<p>${summary}</p>`).document.querySelector('p')?.textContent).toBe(
      'A summary that tries to leave its attribute: "><script>alert(2)</script>',
    );
    expect(parseHTML(`<div>${decoded.join('')}</div>`).document.querySelectorAll('div *')).toHaveLength(0);
  });
});

/** One level of XML decoding: the five named entities, numeric references and CDATA. */
function decodeXml(text: string): string {
  const cdata = /^<!\[CDATA\[([\s\S]*)\]\]>$/.exec(text);
  if (cdata) return cdata[1]!;
  const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (entity, name: string) =>
    name.startsWith('#x') || name.startsWith('#X')
      ? String.fromCodePoint(parseInt(name.slice(2), 16))
      : name.startsWith('#')
        ? String.fromCodePoint(Number(name.slice(1)))
        : (named[name] ?? entity),
  );
}

describe('an explainer listed in tlumach({ trustedCode })', () => {
  test('runs its expressions and keeps the HTML it may write', () => {
    const doc = pageDocument(`${sourceLocale}/explainers/trusted-code/index.html`, dist);
    expect(doc.querySelector('.prose p')?.textContent).toBe('The election was held in 2020, as the CEC said.');
    expect(doc.querySelector('.prose abbr')?.getAttribute('title')).toBe('the Central Election Commission');
  });
});
