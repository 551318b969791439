import type { ElementContent, Root as HastRoot } from 'hast';
import type { Root as MdastRoot, RootContent } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { unified, type PluggableList } from 'unified';
import { blockSpecs, isBlockName, type BlockName } from '../blocks/specs';
import { ContentError, didYouMean } from '../lib/errors';
import { closeMarker, openMarker } from './block-markers';
import { checkContent, checkNesting, unwrapBlockParagraphs } from './block-nesting';
import { readBlockProps, type BlockPlace } from './block-props';
import { checkBodyMarkup } from './body-markup';
import { addHeadingIds, type Heading } from './heading-ids';
import { checkFigureAttributes, figureFile, markdownImagesToFigures } from './figures';
import { htmlElement } from './html-elements';
import { checkMarkerCount, refuseMarkerLookalikes } from './marker-lookalikes';
import type { Literal } from './literal-props';
import { findMdxOnlySyntax } from './mdx-only-syntax';
import { parseBody } from './parse-body';
import { untrustedCodeError } from './trusted-code';
import { countWords } from './words';

export type { Heading } from './heading-ids';

export interface BlockUse {
  name: BlockName;
  props: Record<string, Literal>;
  line: number;
}

/** A picture file the body shows, as written ("./minsk.jpg"), and the line that names it. */
export interface ImageUse {
  src: string;
  line: number;
}

export type CompiledBody =
  | { kind: 'html'; html: string; headings: Heading[]; blocks: BlockUse[]; images: ImageUse[]; words: number }
  | { kind: 'mdx'; words: number };

export interface CompileOptions {
  /** Project-relative path, for messages. */
  file: string;
  /** Lines before the body (frontmatter), so messages give the line in the file. */
  lineOffset: number;
  /**
   * Whether this file is listed in tlumach({ trustedCode }): only then may it import
   * components or use expressions, and it goes to @astrojs/mdx (whose processor checks
   * its markup). Otherwise those fail the build.
   */
  trustedCode?: boolean;
  remarkPlugins?: PluggableList;
  rehypePlugins?: PluggableList;
}

type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

/**
 * Compiles an explainer body once, in the content layer: Markdown and our blocks
 * become cached HTML (blocks as markers the page renders), so thousands of explainers
 * need no MDX module each. The markup a translator writes is checked against the
 * allowlist first. A file trusted with code that imports components or uses JavaScript
 * expressions is left to @astrojs/mdx; in any other file those are refused.
 */
export function compileBody(body: string, options: CompileOptions): CompiledBody {
  const tree = parseBody(body, options.file, options.lineOffset);
  const words = countWords(tree);
  const code = findMdxOnlySyntax(tree);
  if (code && options.trustedCode) return { kind: 'mdx', words };
  checkBodyMarkup(tree, { file: options.file, lineOffset: options.lineOffset, expressions: 'reject' });
  if (code) throw untrustedCodeError(code, options.file, code.line + options.lineOffset);

  markdownImagesToFigures(tree, options.file, options.lineOffset);
  unwrapBlockParagraphs(tree);
  const blocks: BlockUse[] = [];
  const jsx = jsxHandler(options, blocks);
  const processor = unified()
    .use(remarkRehype, {
      allowDangerousHtml: true,
      // Comments ({/* … */}) are the only expressions left here; they render as nothing.
      handlers: {
        mdxJsxFlowElement: jsx,
        mdxJsxTextElement: jsx,
        mdxFlowExpression: () => undefined,
        mdxTextExpression: () => undefined,
      } as never,
    })
    .use(options.rehypePlugins ?? [])
    .use(rehypeStringify, { allowDangerousHtml: true });
  const remarkOnly = unified().use(options.remarkPlugins ?? []);
  const mdast = remarkOnly.runSync(tree) as MdastRoot;
  const hast = processor.runSync(mdast) as HastRoot;
  refuseMarkerLookalikes(hast, options.file, options.lineOffset);
  const headings = addHeadingIds(hast);
  const html = processor.stringify(hast);
  checkMarkerCount(html, blocks.length, options.file);
  const images = blocks.flatMap((use) => {
    const src = figureFile(use.props);
    return src ? [{ src, line: use.line }] : [];
  });
  return { kind: 'html', html, headings, blocks, images, words };
}

/**
 * Turns JSX into hast: a block becomes markers around its rendered children (and is
 * recorded in `blocks`), lowercase JSX becomes HTML, anything else is a mistake.
 */
function jsxHandler(options: CompileOptions, blocks: BlockUse[]) {
  const openBlocks: BlockName[] = [];
  const lineOf = (node: RootContent) => (node.position?.start.line ?? 0) + options.lineOffset;
  return (state: { all: (node: JsxElement) => ElementContent[] }, node: JsxElement) => {
    const name = node.name ?? '';
    const place: BlockPlace = { file: options.file, line: lineOf(node) };
    if (!isBlockName(name)) {
      // The element keeps its place in the file, for messages about its attributes.
      if (/^[a-z]/.test(name)) return { ...htmlElement(name, node, state.all(node)), position: node.position };
      throw new ContentError({
        file: options.file,
        field: `line ${place.line}`,
        message: `<${name || '>'}> is not a component explainers can use.`,
        hint: `${didYouMean(name, Object.keys(blockSpecs))} Available: ${Object.keys(blockSpecs)
          .map((n) => `<${n}>`)
          .join(', ')}.`,
      });
    }
    if (name === 'Figure') checkFigureAttributes(node, place);
    const props = readBlockProps(name, node.attributes, place, 'reject');
    checkNesting(name, node, openBlocks.at(-1), place, lineOf);
    blocks.push({ name, props, line: place.line });
    openBlocks.push(name);
    const children = state.all(node);
    openBlocks.pop();
    checkContent(name, children.length, place);
    return [raw(openMarker(name, props)), ...children, raw(closeMarker)] as unknown as ElementContent;
  };
}

function raw(value: string) {
  return { type: 'raw', value };
}
