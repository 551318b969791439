import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { afterAll, expect, test } from 'vitest';
import { filesUnder } from '../../src/lib/files';
import { distDir } from '../support/paths';

const wholeSite = mkdtempSync(join(tmpdir(), 'tlumach-pagefind-'));
afterAll(() => rmSync(wholeSite, { recursive: true, force: true }));

// The build indexes one language at a time, to hold one language's pages in memory at once.
// Pagefind run once over the whole built site, as it is used by default, must give the same files.
test('the search index built one language at a time is the index of one Pagefind run over the site', async () => {
  const { index } = await pagefind.createIndex({});
  try {
    expect((await index!.addDirectory({ path: distDir, glob: '**/*.html' })).errors).toEqual([]);
    expect((await index!.writeFiles({ outputPath: wholeSite })).errors).toEqual([]);
  } finally {
    await pagefind.close();
  }
  const built = join(distDir, 'pagefind');
  expect(filesUnder(built)).toEqual(filesUnder(wholeSite));
  for (const file of filesUnder(wholeSite)) {
    expect(readFileSync(join(built, file)).equals(readFileSync(join(wholeSite, file))), file).toBe(true);
  }
});
