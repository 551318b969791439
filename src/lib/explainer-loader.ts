import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { scanExplainers } from './explainer-files';

/**
 * Astro's glob loader, preceded by our own checks of folder names, file names and
 * frontmatter so that an editor's mistake is reported as "file → field: what, hint".
 */
export function explainerLoader(base: string): Loader {
  const inner = glob({
    pattern: '*/*.mdx',
    base,
    // "<slug>/<locale>": the content contract, not Astro's slugified path.
    generateId: ({ entry }) => entry.replace(/\.mdx$/, ''),
  });
  return {
    name: 'explainer-loader',
    load: async (context) => {
      const projectRoot = fileURLToPath(context.config.root);
      scanExplainers(fileURLToPath(new URL(base.replace(/^\.\//, '') + '/', context.config.root)), projectRoot);
      await inner.load(context);
    },
  };
}
