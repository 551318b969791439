import { relative } from 'node:path';
import type { Root } from 'mdast';
import { checkBodyMarkup } from './body-markup';
import { findMdxOnlySyntax } from './mdx-only-syntax';
import { untrustedCodeError } from './trusted-code';

/** content/explainers/<slug>/<locale>.mdx, wherever the content folder is. */
const EXPLAINER_FILE = /(^|\/)explainers\/[^/]+\/[^/]+\.mdx$/;

/**
 * On the @astrojs/mdx processor, for explainers: a file that is not listed in
 * tlumach({ trustedCode }) never gets its code compiled (the explainer loader hands
 * only listed files over; this holds even if something else imports one), and the
 * markup a listed file writes goes through the same allowlist and URL rule as every
 * other body. Attribute values written as code ({…}) are its own business.
 */
export function remarkTrustedCode(options: { trustedCode: readonly string[] }) {
  return (tree: Root, file: { path?: string }) => {
    const where = file.path ? relative(process.cwd(), file.path).split('\\').join('/') : '';
    if (!EXPLAINER_FILE.test(where)) return;
    if (!options.trustedCode.includes(where)) {
      const code = findMdxOnlySyntax(tree);
      if (code) throw untrustedCodeError(code, where, code.line);
    }
    checkBodyMarkup(tree, { file: where, lineOffset: 0, expressions: 'leave-unchecked' });
  };
}
