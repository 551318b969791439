import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { localeCodes } from '../i18n/locales';
import { FileFacts } from '../lib/after-build/file-facts';
import { fileReferences, offlineManifest } from '../lib/after-build/offline-manifest';

/**
 * Writes what each language's "Save for offline reading" stores: offline/<locale>.json
 * (every file with its size and hash) and offline/versions.json (each language's version
 * and size: the one small file a saved copy checks for updates, and the size the control
 * shows before it starts). Runs after Pagefind and the 404 pages, whose files it lists.
 * Each file's hash and references are kept in `factsFile` by size and mtime for the next build.
 */
export async function writeOfflineManifests(
  outDir: string,
  base: string,
  factsFile: string,
  log: (message: string) => void,
) {
  const facts = FileFacts.load(outDir, fileReferences, factsFile);
  const folder = join(outDir, 'offline');
  await mkdir(folder, { recursive: true });
  const versions: Record<string, { version: string; bytes: number; files: number }> = {};
  for (const locale of localeCodes) {
    const manifest = offlineManifest(outDir, base, locale, facts);
    versions[locale] = { version: manifest.version, bytes: manifest.bytes, files: manifest.files.length };
    await writeFile(join(folder, `${locale}.json`), JSON.stringify(manifest));
  }
  await writeFile(join(folder, 'versions.json'), JSON.stringify(versions));
  facts.save(factsFile);
  const sizes = Object.entries(versions).map(([l, v]) => `${l} ${(v.bytes / 1e6).toFixed(1)} MB`);
  log(`offline manifests: ${sizes.join(', ')}`);
}
