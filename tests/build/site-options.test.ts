import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { distDir } from '../support/paths';

// astro.config.mjs sets tlumach({ name, publisher, accent }); these are what readers see of them.
const page = (path: string) => parseHTML(readFileSync(join(distDir, path), 'utf8')).document;

describe('the options of tlumach() in the built site', () => {
  test.each([
    ['en', 'Tlumach'],
    ['uk', 'Тлумач'],
    ['be', 'Тлумач'],
  ])('the %s header, title and og:site_name give the site name in that language', (locale, name) => {
    const document = page(`${locale}/index.html`);
    expect(document.querySelector('.site-name')?.textContent?.trim()).toBe(name);
    expect(document.querySelector('meta[property="og:site_name"]')?.getAttribute('content')).toBe(name);
    expect(document.title.endsWith(` · ${name}`)).toBe(true);
  });

  test('the footer names the publisher, in the page language, with a link', () => {
    const link = page('be/index.html').querySelector('footer a[href="https://tlumach.example.org/"]');
    expect(link?.textContent).toBe('Tlumach');
    expect(link?.parentElement?.textContent).toContain('Выдавец:');
  });

  test('the accent colours reach the stylesheet, for light and dark pages', () => {
    const css = readdirSync(join(distDir, '_astro'))
      .filter((f) => f.endsWith('.css'))
      .map((f) => readFileSync(join(distDir, '_astro', f), 'utf8'))
      .join('\n');
    expect(css).toMatch(/--accent:\s*#1d4ed8/);
    expect(css).toMatch(/prefers-color-scheme:\s*dark\)\s*\{\s*:root\s*\{[^}]*--accent:\s*#8fb1ff/);
  });
});
