import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load as parseYaml } from 'js-yaml';
import { describe, expect, test } from 'vitest';
import { splitFrontmatter } from '../../src/lib/content-layer/explainer-files';
import { htmlFiles, pageDocument, readDist } from '../support/dist';
import { projectRoot } from '../support/paths';

const explainerPages = htmlFiles()
  .map((path) => /^([a-z]+)\/explainers\/([^/]+)\/index\.html$/.exec(path))
  .filter((m): m is RegExpExecArray => m !== null)
  .map(([path, locale, slug]) => ({
    path: path!,
    source: join(projectRoot, 'content/explainers', slug!, `${locale}.mdx`),
  }));

describe('search in the built site', () => {
  test('hidden search terms are one meta field in the head of searchable pages, never in what readers see', () => {
    for (const path of htmlFiles()) {
      const doc = pageDocument(path);
      const terms = [...doc.querySelectorAll('[data-pagefind-meta^="terms"]')];
      const searchable = doc.querySelector('[data-pagefind-body]') !== null;
      // uk and be pages always have stems to add; an English page has terms only for names,
      // and every explainer of the seed content names people (Lukashenko, Kuleba, …).
      expect(terms.length, path).toBe(searchable ? 1 : 0);
      for (const meta of terms) {
        expect(meta.parentElement?.tagName, path).toBe('HEAD');
        expect(meta.getAttribute('content'), path).toMatch(/^[\p{L}\p{N}]+( [\p{L}\p{N}]+)*$/u);
      }
      expect(readDist(path).match(/data-pagefind-meta="terms/g)?.length ?? 0, path).toBe(terms.length);
    }
  });

  test('no page loads Pagefind up front: it is imported when a reader opens search', () => {
    for (const path of htmlFiles()) expect(readDist(path), path).not.toMatch(/src="[^"]*pagefind/);
  });

  test.each(explainerPages)(
    '$path: a translated page has its frontmatter topics as filters, a fallback none',
    ({ path, source }) => {
      const values = [...pageDocument(path).querySelectorAll('[data-pagefind-filter="topic[content]"]')].map((m) =>
        m.getAttribute('content'),
      );
      if (!existsSync(source)) return expect(values).toEqual([]);
      const frontmatter = parseYaml(splitFrontmatter(readFileSync(source, 'utf8')).yaml) as { topics?: string[] };
      expect(values).toEqual(frontmatter.topics ?? []);
    },
  );
});
