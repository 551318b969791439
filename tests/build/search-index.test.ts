import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load as parseYaml } from 'js-yaml';
import { describe, expect, test } from 'vitest';
import { splitFrontmatter } from '../../src/lib/explainer-files';
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
  test('readers’ HTML carries no hidden search terms: they exist only in what Pagefind was given', () => {
    for (const path of htmlFiles()) expect(readDist(path), path).not.toContain('data-pagefind-meta="terms');
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
