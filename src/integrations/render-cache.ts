import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { filesUnder } from '../lib/files';

const MODULE_ID = 'virtual:tlumach/render-cache';
// Where src/lib/render-cache.ts counts the pages it served and rendered.
const COUNTS = Symbol.for('tlumach.render-cache.counts');

// Everything in the project that can change what a page looks like, besides content.
const CODE_PATHS = ['src', 'locales', 'astro.config.mjs', 'package-lock.json', 'tsconfig.json'];

/**
 * Tells src/lib/render-cache.ts where `astro build` keeps explainer pages between builds,
 * and the version of the code that made them: a hash of the project's code, UI strings,
 * dependencies and site settings. A change to any of them makes every cached page stale.
 * `astro dev` and TLUMACH_RENDER_CACHE=off get no cache.
 */
export default function renderCache(): AstroIntegration {
  let enabledHere = false;
  const global = globalThis as { [COUNTS]?: { reused: number; rendered: number } };
  return {
    name: 'tlumach:render-cache',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        const enabled = command === 'build' && process.env.TLUMACH_RENDER_CACHE !== 'off';
        const root = fileURLToPath(config.root);
        const settings = enabled
          ? {
              dir: fileURLToPath(new URL('tlumach-pages/', config.cacheDir)),
              codeVersion: codeVersion(root, [config.site, config.base, config.trailingSlash, config.build.format]),
            }
          : { dir: null, codeVersion: '' };
        enabledHere = enabled;
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'tlumach:render-cache',
                resolveId: (id) => (id === MODULE_ID ? `\0${MODULE_ID}` : undefined),
                load: (id) => (id === `\0${MODULE_ID}` ? `export default ${JSON.stringify(settings)};` : undefined),
              },
            ],
          },
        });
      },
      'astro:build:start': () => {
        delete global[COUNTS];
      },
      'astro:build:done': ({ logger }) => {
        const counts = global[COUNTS];
        if (enabledHere && counts)
          logger.info(`explainer pages: ${counts.rendered} rendered, ${counts.reused} from the cache`);
      },
    },
  };
}

function codeVersion(root: string, settings: unknown[]): string {
  const hash = createHash('sha256').update(JSON.stringify(settings));
  for (const file of CODE_PATHS.flatMap((path) => codeFiles(root, path))) {
    hash.update(`\0${file}\0`).update(readFileSync(join(root, file)));
  }
  return hash.digest('hex').slice(0, 16);
}

/** `path` (relative to the project) if it is a file, or the files below it. */
function codeFiles(root: string, path: string): string[] {
  if (!existsSync(join(root, path))) return [];
  if (!statSync(join(root, path)).isDirectory()) return [path];
  return filesUnder(join(root, path)).map((file) => join(path, file));
}
