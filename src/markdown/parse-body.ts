import type { Root as MdastRoot } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { syntaxError } from './syntax-errors';

/** Parses an explainer body (MDX with GFM, frontmatter already removed) into mdast, with positions for messages. */
export function parseBody(body: string, file: string, lineOffset: number): MdastRoot {
  const parser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);
  try {
    return parser.runSync(parser.parse(body)) as MdastRoot;
  } catch (error) {
    throw syntaxError(error, file, lineOffset);
  }
}
