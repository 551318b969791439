import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { scanExplainers } from './explainer-files';
import { checkMdx } from './mdx-check';
import { mdxComponentNames } from './mdx-components';

/**
 * Astro's glob loader, preceded by our own checks of folder names, file names,
 * frontmatter and MDX so that an editor's mistake is reported as "file → field: what,
 * hint" (or "file:line: …") instead of a stack trace.
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
      const files = scanExplainers(
        fileURLToPath(new URL(base.replace(/^\.\//, '') + '/', context.config.root)),
        projectRoot,
      );
      for (const { file } of files) checkMdx(readFileSync(join(projectRoot, file), 'utf8'), file, mdxComponentNames);
      await inner.load(context);
    },
  };
}
