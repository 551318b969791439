import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import { afterEach, expect, test } from 'vitest';
import tlumach from '../../src/integrations/tlumach';

// The steps after the build run in one hook, in order; a failure in any of them,
// search indexing included, must reject that hook, which fails `astro build`.
let root: string;
afterEach(() => rmSync(root, { recursive: true, force: true }));

type Hooks = Required<AstroIntegration['hooks']>;
const logger = { info() {}, warn() {}, error() {}, debug() {}, fork: () => logger, label: 'test', options: {} };

test('a search index that cannot be written fails the build', { timeout: 60_000 }, async () => {
  root = mkdtempSync(join(tmpdir(), 'tlumach-steps-'));
  const outDir = join(root, 'dist');
  mkdirSync(join(outDir, 'en'), { recursive: true });
  writeFileSync(
    join(outDir, 'en/index.html'),
    '<!doctype html><html lang="en"><body><main>Санкції</main></body></html>',
  );
  // Where Pagefind must write its folder, a file is in the way.
  writeFileSync(join(outDir, 'pagefind'), 'not a folder');
  const hooks = tlumach().hooks as Hooks;
  const config = {
    root: pathToFileURL(`${root}/`),
    cacheDir: pathToFileURL(join(root, 'cache/')),
    outDir: pathToFileURL(`${outDir}/`),
    base: '/',
    site: 'https://news.example-site.net',
  };
  await hooks['astro:config:done']({ config, logger } as never);
  await hooks['astro:routes:resolved']({ routes: [], logger } as never);
  await hooks['astro:build:start']({ logger } as never);
  const done = hooks['astro:build:done']({
    dir: pathToFileURL(`${outDir}/`),
    pages: [{ pathname: 'en/' }],
    assets: new Map([['/[locale]', [pathToFileURL(join(outDir, 'en/index.html'))]]]),
    logger,
  } as never);
  await expect(done).rejects.toThrow(/Pagefind cannot write its index: .*pagefind is a file, not a folder/);
});
