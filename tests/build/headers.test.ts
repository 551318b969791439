import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { headersFor, readHeadersFile } from '../support/headers-file';
import { distDir } from '../support/paths';

const rules = readHeadersFile(distDir);
const files = (function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [`/${relative(distDir, path).split('\\').join('/')}`];
  });
})(distDir).filter((path) => path !== '/_headers');
const cacheOf = (path: string) => headersFor(rules, path).get('cache-control') ?? [];

describe('dist/_headers', () => {
  test('gives every file the site serves exactly one Cache-Control', () => {
    const wrong = files.filter((path) => cacheOf(path).length !== 1);
    expect(wrong).toEqual([]);
    for (const page of ['/', '/en/', '/uk/explainers/']) expect(cacheOf(page), page).toHaveLength(1);
  });

  test('caches content-hashed files for a year, and nothing else', () => {
    const hashed = (path: string) =>
      path.startsWith('/_astro/') ||
      /^\/pagefind\/(fragment|index|filter)\//.test(path) ||
      /^\/pagefind\/pagefind\.[a-z-]+_[0-9a-f]+\.pf_meta$/.test(path);
    for (const path of files) {
      const [value] = cacheOf(path);
      if (hashed(path)) expect(value, path).toMatch(/max-age=31536000.*immutable/);
      else expect(value, path).toMatch(/max-age=0\b.*must-revalidate/);
    }
  });

  test('revalidates the Pagefind files whose names do not change between deploys', () => {
    for (const path of ['/pagefind/pagefind.js', '/pagefind/pagefind-entry.json', '/pagefind/pagefind-worker.js'])
      expect(cacheOf(path), path).toEqual(['public, max-age=0, must-revalidate']);
    expect(files.filter((f) => f.startsWith('/pagefind/wasm.')).flatMap(cacheOf)).not.toContain(
      expect.stringMatching(/immutable/),
    );
  });

  test('sends the security headers with every file', () => {
    for (const path of files) {
      const headers = headersFor(rules, path);
      expect(headers.get('content-security-policy'), path).toHaveLength(1);
      expect(headers.get('x-content-type-options'), path).toEqual(['nosniff']);
      expect(headers.get('referrer-policy'), path).toEqual(['strict-origin-when-cross-origin']);
    }
  });

  test('has a strict Content-Security-Policy: our own files only, no inline code, no eval but WebAssembly', () => {
    const csp = headersFor(rules, '/en/').get('content-security-policy')![0]!;
    const directives = new Map(
      csp
        .split(';')
        .map((d) => d.trim().split(/\s+/) as [string, ...string[]])
        .map(([k, ...v]) => [k, v]),
    );
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(directives.get('style-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
    expect(csp).not.toMatch(/unsafe-inline|'unsafe-eval'|\*/);
  });
});

describe('the Content-Security-Policy in every page', () => {
  const pages = (function walk(dir: string): string[] {
    return readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? walk(path) : name.endsWith('.html') ? [path] : [];
    });
  })(distDir);
  const directivesOf = (policy: string) =>
    policy
      .split(';')
      .map((d) => d.trim())
      .filter(Boolean);

  test('is the header’s policy without frame-ancestors, first in <head> after the charset, on every page', () => {
    const header = directivesOf(headersFor(rules, '/en/').get('content-security-policy')![0]!);
    const expected = header.filter((d) => !d.startsWith('frame-ancestors '));
    expect(expected.length).toBe(header.length - 1);
    expect(pages.length).toBeGreaterThan(20);
    for (const page of pages) {
      const html = readFileSync(page, 'utf8');
      const head = /<head>(<meta charset="utf-8">)<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(
        html,
      );
      expect(head, relative(distDir, page)).not.toBeNull();
      expect(directivesOf(head![2]!.replaceAll('&#39;', "'")), relative(distDir, page)).toEqual(expected);
    }
  });
});
