import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { writeSavedCopies } from '../../src/integrations/saved-copies';
import { savedCopyTexts } from '../../src/integrations/saved-copy-text';

// A copy that cannot be made fails with the file it needed, and leaves no half-written zip.
const root = mkdtempSync(join(tmpdir(), 'saved-copies-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

test('a page that goes missing while its copy is packed fails the build, and no partial zip is left', async () => {
  const outDir = join(root, 'dist');
  for (const locale of ['en', 'uk', 'be']) {
    mkdirSync(join(outDir, locale, 'glossary'), { recursive: true });
    writeFileSync(join(outDir, locale, 'glossary/index.html'), '<main><a href="../">home</a></main>');
  }
  // Every language's home is the archive's index.html; the Ukrainian one is not there.
  writeFileSync(join(outDir, 'en/index.html'), '<main>home</main>');
  writeFileSync(join(outDir, 'be/index.html'), '<main>home</main>');
  const copies = writeSavedCopies({
    outDir,
    primary: 'https://news.example-site.net/',
    text: savedCopyTexts(() => 'Тлумач'),
    version: 'test',
    recordFile: join(root, 'cache/copies.json'),
    log: () => {},
  });
  await expect(copies).rejects.toThrow(/ENOENT.*uk\/index\.html/);
  expect(readdirSync(join(outDir, 'copies')).sort()).toEqual(['en.zip']);
  expect(existsSync(join(root, 'cache/copies.json'))).toBe(false);
});
