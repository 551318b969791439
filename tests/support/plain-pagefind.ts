import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { distDir } from './paths';
import { serveStatic, type StaticServer } from './static-server';

/**
 * Stock Pagefind over the same built pages, for comparison: addDirectory on dist/
 * with no hidden terms and no apostrophe folding, written to a temporary folder
 * and served (with CORS, so a page of the site can import it) on its own port.
 */
export async function servePlainPagefind(): Promise<StaticServer & { bundle: string }> {
  const root = mkdtempSync(join(tmpdir(), 'tlumach-plain-'));
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    const added = await index.addDirectory({ path: distDir });
    if (added.errors.length > 0) throw new Error(added.errors.join('; '));
    const written = await index.writeFiles({ outputPath: join(root, 'pagefind') });
    if (written.errors.length > 0) throw new Error(written.errors.join('; '));
  } finally {
    await pagefind.close();
  }
  const server = await serveStatic(root, { headers: () => ({ 'access-control-allow-origin': '*' }) });
  return {
    ...server,
    bundle: `${server.url}pagefind/`,
    close: async () => {
      await server.close();
      rmSync(root, { recursive: true, force: true });
    },
  };
}
