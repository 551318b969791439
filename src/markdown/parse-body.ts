import type { Root as MdastRoot } from 'mdast';
import { mdxToMdast } from 'satteri';
import { syntaxError } from './syntax-errors';

/**
 * Parses an explainer body (MDX with GFM, frontmatter already removed) into mdast,
 * with positions for messages. Typography stays as written: our sources already use
 * typographic quotes and dashes.
 */
export function parseBody(body: string, file: string, lineOffset: number): MdastRoot {
  try {
    const tree = mdxToMdast(body, {
      features: { gfm: true, frontmatter: false, smartPunctuation: false },
      position: true,
    });
    return tree as MdastRoot;
  } catch (error) {
    throw syntaxError(error, file, lineOffset);
  }
}
