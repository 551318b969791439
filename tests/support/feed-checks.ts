import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { localeCodes, localeInfo } from '../../src/i18n/locales';
import { paths } from '../../src/i18n/routing';
import type { BuiltSite } from './built-site';
import { builtSite } from './dist';
import { promisedPages } from './inventory';

/** Each language's RSS feed holds exactly its real translations, newest first. */
export function testFeeds(build: () => BuiltSite): void {
  test.each(localeCodes)('/%s/rss.xml lists the explainers written in that language, newest first', (locale) => {
    const { projectRoot, dist, base } = build();
    const xml = readFileSync(join(dist, paths.feed(locale)), 'utf8');
    expect(xml).toContain(`<language>${localeInfo(locale).lang}</language>`);
    const items = [...xml.matchAll(/<item>(.*?)<\/item>/gs)].map(([, item]) => ({
      link: /<link>([^<]+)<\/link>/.exec(item!)![1]!,
      date: Date.parse(/<pubDate>([^<]+)<\/pubDate>/.exec(item!)![1]!),
    }));
    const site = new URL(base, builtSite(dist)).href;
    const written = promisedPages(projectRoot)
      .filter((p) => p.locale === locale && p.written)
      .map((p) => site + paths.explainer(locale, p.slug));
    expect(items.map((i) => i.link).sort()).toEqual(written.sort());
    expect(items.map((i) => i.date)).toEqual([...items.map((i) => i.date)].sort((a, b) => b - a));
  });
}
