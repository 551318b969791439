import { describe, expect, inject, test } from 'vitest';
import { localeCodes } from '../../src/i18n/locales';
import { testEveryExplainerIsAccountedFor } from '../support/completeness';
import { builtSite, pageDocument } from '../support/dist';
import { testFeeds } from '../support/feed-checks';
import { findBrokenLinks } from '../support/links';
import { headersFor, readHeadersFile } from '../support/headers-file';
import { testRobots, testSitemap } from '../support/sitemap-checks';
import { SUB_PATH_BASE, SUB_PATH_SITE } from '../support/build-sub-path-site';

// The second build: BASE=/explainers/, another SITE, and partly translated explainers.
const site = () => inject('subPathSite');

describe('a build under a sub-path, with partly translated explainers', () => {
  test('every internal link, script and stylesheet stays under the base and resolves', () => {
    expect(findBrokenLinks(site().dist, SUB_PATH_SITE, SUB_PATH_BASE)).toEqual([]);
  });

  test.each(localeCodes)('/%s/ has canonical and hreflang links on the configured site, under the base', (locale) => {
    const doc = pageDocument(`${locale}/index.html`, site().dist);
    const urls = [...doc.querySelectorAll('link[rel="canonical"], link[rel="alternate"][hreflang]')].map((l) =>
      l.getAttribute('href'),
    );
    expect(urls.length).toBeGreaterThan(1);
    for (const url of urls) expect(url!.startsWith(`${SUB_PATH_SITE}${SUB_PATH_BASE}`)).toBe(true);
    expect(builtSite(site().dist)).toBe(SUB_PATH_SITE);
  });

  test('every _headers rule applies under the base, and the site’s own files still get one Cache-Control each', () => {
    const rules = readHeadersFile(site().dist);
    expect(rules.map((r) => r.path).filter((path) => !path.startsWith(SUB_PATH_BASE))).toEqual([]);
    for (const path of ['', 'en/', '_astro/x.css', 'pagefind/pagefind.js'])
      expect(headersFor(rules, `${SUB_PATH_BASE}${path}`).get('cache-control'), path).toHaveLength(1);
  });

  testEveryExplainerIsAccountedFor(site);
  testSitemap(site);
  testRobots(site);
  testFeeds(site);
});
