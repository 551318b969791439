import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { writeOfflineManifests } from '../../src/integrations/offline-manifests';
import { launchChromium } from '../support/browser';
import { distDir } from '../support/paths';
import { serveStatic, type StaticServer } from '../support/static-server';

// A saved copy follows the site: after a new deploy, the reader's next online visit
// downloads only the files that changed. The "deploy" is a copy of dist/ with one page
// edited and the offline manifests written again, as the build's last steps do.
let root: string;
let factsFile: string;
let server: StaticServer;
let browser: Browser;
const slug = 'belarus-2020-election-and-protests';
const changed = `uk/explainers/${slug}/index.html`;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'tlumach-offline-deploy-'));
  cpSync(distDir, root, { recursive: true });
  // As a rebuild has them: the facts of every file from the last build, by size and mtime.
  factsFile = `${root}.files.json`;
  await writeOfflineManifests(root, '/', factsFile, () => {});
  server = await serveStatic(root);
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.close().catch(() => {});
  rmSync(root, { recursive: true, force: true });
  rmSync(factsFile, { force: true });
});

test('after a new deploy the saved copy refreshes itself, downloading only what changed', async () => {
  const context = await browser.newContext({ locale: 'uk-UA' });
  const page = await context.newPage();
  const url = (path: string) => new URL(path, server.url).href;
  const savedVersion = () =>
    page.evaluate(async () => {
      const [index] = (await caches.keys()).filter((name) => !/ (en|uk|be) /.test(name));
      const entries = await (await caches.open(index!)).matchAll();
      return Promise.all(entries.map((r) => r.json().then((e: { version: string }) => e.version)));
    });
  await page.goto(url('uk/'));
  await page.getByRole('button', { name: /^Зберегти українську/ }).click();
  await page.getByRole('button', { name: 'Зберегти', exact: true }).click();
  await page
    .getByRole('status')
    .filter({ hasText: /Збережено на цьому пристрої/ })
    .waitFor({ timeout: 30_000 });
  const before = await savedVersion();

  // The new deploy: one explainer's title corrected.
  const html = readFileSync(join(root, changed), 'utf8');
  const h1 = html.match(/<h1[^>]*>([^<]+)<\/h1>/)![1]!;
  writeFileSync(join(root, changed), html.replace(`>${h1}</h1>`, '>Виправлений заголовок</h1>'));
  await writeOfflineManifests(root, '/', factsFile, () => {});
  const next = (
    JSON.parse(readFileSync(join(root, 'offline/versions.json'), 'utf8')) as Record<string, { version: string }>
  ).uk!.version;
  expect(next).not.toEqual(before[0]);

  server.transferred.clear();
  await page.goto(url('uk/glossary/'));
  await expect.poll(savedVersion, { timeout: 30_000 }).toEqual([next]);
  // The browser may check the worker script itself for an update on any navigation.
  expect([...server.transferred.keys()].filter((path) => path !== '/offline-sw.js').sort()).toEqual([
    '/offline/uk.json',
    '/offline/versions.json',
    `/uk/explainers/${slug}/`,
  ]);

  await context.setOffline(true);
  await server.close();
  await page.goto(url(`uk/explainers/${slug}/`));
  expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Виправлений заголовок');
  await context.close();
});
