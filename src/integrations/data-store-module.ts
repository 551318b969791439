import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

// Astro's id for the module that holds every collection entry (astro/dist/content/consts.js).
const DATA_STORE_MODULE = '\0astro:data-layer-content';

/**
 * In a static build, the pages read the content data store straight from the JSON file
 * that `astro build` has just written, instead of from a JavaScript module made of it.
 * Astro turns the store into one array literal that Rollup must parse and bundle:
 * about 2 s of every build at 3 × 1000 explainers, for a module that is only ever
 * read back on this machine, by this build, moments later. The data is the same.
 */
export default function dataStoreModule(): AstroIntegration {
  return {
    name: 'tlumach:data-store-module',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        if (command !== 'build' || config.output !== 'static') return;
        const file = fileURLToPath(new URL('data-store.json', config.cacheDir));
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'tlumach:data-store-module',
                apply: 'build',
                // Astro's own plugin loads the module first; this replaces what it made.
                transform(_code, id) {
                  if (id !== DATA_STORE_MODULE || !existsSync(file)) return undefined;
                  return {
                    code: `import { readFileSync } from 'node:fs';\nexport default JSON.parse(readFileSync(${JSON.stringify(file)}, 'utf8'));`,
                    map: null,
                  };
                },
              },
            ],
          },
        });
      },
    },
  };
}
