import { ContentError } from '../lib/errors';
import type { MdxOnlySyntax } from './mdx-only-syntax';

/** Where the explainers allowed to run code are listed: a file reviewers own (CODEOWNERS). */
export const TRUSTED_CODE_PLACE = 'tlumach({ trustedCode }) in astro.config.mjs';

/**
 * An import, export or expression in an explainer not listed in TRUSTED_CODE_PLACE.
 * @astrojs/mdx would run it at build time, with the rights of whoever builds the site
 * (a CI job building a pull request holds its secrets), so it is refused.
 */
export function untrustedCodeError(found: MdxOnlySyntax, file: string, line: number): ContentError {
  const source = found.source.replace(/\s+/g, ' ').trim();
  const shown = source.length > 60 ? `${source.slice(0, 57)}…` : source;
  return new ContentError({
    file,
    field: `line ${line}`,
    message: `${JSON.stringify(shown)} is ${found.construct === 'expression' ? 'a JavaScript expression' : 'an import or export'}; explainers are text and may not run code.`,
    hint: `Write the text or value itself (block props take "…", {40} or {["a", "b"]}); an editor's note goes in {/* … */}. Code runs when the site is built, so only a file a reviewer lists in ${TRUSTED_CODE_PLACE} may use it: "${file}".`,
  });
}
