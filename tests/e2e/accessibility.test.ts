import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { localeCodes } from '../../src/i18n/locales';
import { paths } from '../../src/i18n/routing';
import { SUB_PATH_BASE } from '../support/build-sub-path-site';
import { useSite } from '../support/site';
import { serveStatic, type StaticServer } from '../support/static-server';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const site = useSite();
// The sub-path build holds a fixture explainer with corrections (its notice and list) in every language;
// the same Chromium opens it from a second server.
let subPathServer: StaticServer;
beforeAll(async () => {
  subPathServer = await serveStatic(inject('subPathSite').dist, { base: SUB_PATH_BASE });
});
afterAll(() => subPathServer?.close());
const subPathUrl = (path: string) => new URL(path, subPathServer.url).href;
const slug = 'ukraine-joins-eu-sanctions-on-belarus';

const pages = localeCodes.flatMap((locale) => [
  { name: `${locale} home`, path: paths.home(locale) },
  { name: `${locale} explainer`, path: paths.explainer(locale, slug) },
  { name: `${locale} search with results`, path: `${paths.search(locale)}?q=${encodeURIComponent('Kuleba Кулеба')}` },
  { name: `${locale} who’s who`, path: `${locale}/people/` },
  { name: `${locale} glossary`, path: `${locale}/glossary/` },
  { name: `${locale} other ways to read`, path: paths.read(locale) },
  { name: `${locale} home with the search dialog open on results`, path: paths.home(locale), dialog: true },
]);

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[] }[];
}

/** Serious and critical axe-core violations on one page, for the rules or tags given. */
async function seriousViolations(
  context: BrowserContext,
  path: string,
  dialog: boolean,
  runOnly: { type: 'tag' | 'rule'; values: string[] },
  url: (path: string) => string = site.url,
): Promise<string[]> {
  const page = await context.newPage();
  await page.goto(url(path));
  if (dialog) {
    await page.locator('[data-search-open]').click();
    await page.locator('dialog[open] input[type="search"]').fill('Kuleba Кулеба');
  }
  if (dialog || path.includes('?q='))
    await page.locator('.search-results li').filter({ visible: true }).first().waitFor();
  await page.addScriptTag({ content: axeSource });
  const violations = (await page.evaluate(async (runOnly) => {
    const axe = (
      window as unknown as { axe: { run: (ctx: Document, options: object) => Promise<{ violations: unknown[] }> } }
    ).axe;
    const result = await axe.run(document, { runOnly });
    return result.violations;
  }, runOnly)) as Violation[];
  await page.close();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 5)
          .join(', ')}`,
    );
}

const everyRule = {
  type: 'tag',
  values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'],
} as const;
// Only colours change with the scheme, so the dark pass runs the contrast rule alone.
const contrast = { type: 'rule', values: ['color-contrast'] } as const;

describe.each([
  ['light', everyRule],
  ['dark', contrast],
] as const)('in the %s colour scheme', (colorScheme, rules) => {
  let context: BrowserContext;
  beforeAll(async () => {
    // axe-core goes in as an inline script, which the pages' own <meta> policy would block.
    context = await site.newContext('en-GB', { colorScheme, bypassCSP: true });
  });
  afterAll(() => context?.close());

  test.each(pages)('$name has no serious or critical accessibility violation', async ({ path, dialog }) => {
    expect(
      await seriousViolations(context, path, dialog ?? false, { type: rules.type, values: [...rules.values] }),
    ).toEqual([]);
  });

  test.each(localeCodes)(
    'the %s explainer with a correction notice and a list of changes has no serious or critical violation',
    async (locale) => {
      const path = paths.explainer(locale, 'a-corrected-explainer');
      const runOnly = { type: rules.type, values: [...rules.values] };
      expect(await seriousViolations(context, path, false, runOnly, subPathUrl)).toEqual([]);
    },
  );
});
