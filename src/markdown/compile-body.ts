import type { Element, ElementContent, Root as HastRoot } from 'hast';
import type { Root as MdastRoot, RootContent } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import GithubSlugger from 'github-slugger';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { unified, type PluggableList } from 'unified';
import { blockSpecs, isBlockName, type BlockName, type BlockSpec } from '../blocks/specs';
import { ContentError, didYouMean } from '../lib/errors';
import { literalFromEstree, type Literal } from './literal-props';
import { closeMarker, openMarker } from './block-markers';

export interface BlockUse {
  name: BlockName;
  props: Record<string, Literal>;
  line: number;
}

export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

export type CompiledBody =
  | { kind: 'html'; html: string; headings: Heading[]; blocks: BlockUse[]; words: number }
  | { kind: 'mdx'; reason: string; words: number };

export interface CompileOptions {
  /** Project-relative path, for messages. */
  file: string;
  /** Lines before the body (frontmatter), so messages give the line in the file. */
  lineOffset: number;
  remarkPlugins?: PluggableList;
  rehypePlugins?: PluggableList;
}

/**
 * Compiles an explainer body once, in the content layer: Markdown and our blocks
 * become cached HTML (blocks as markers the page renders), so thousands of explainers
 * need no MDX module each. A file that imports components or uses JavaScript
 * expressions is left to @astrojs/mdx.
 */
export function compileBody(body: string, options: CompileOptions): CompiledBody {
  const parser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);
  let tree: MdastRoot;
  try {
    tree = parser.runSync(parser.parse(body)) as MdastRoot;
  } catch (error) {
    throw syntaxError(error, options);
  }
  const words = countWords(plainText(tree));
  const needsMdx = findMdxOnlySyntax(tree);
  if (needsMdx) return { kind: 'mdx', reason: needsMdx, words };

  unwrapBlockParagraphs(tree);
  const blocks: BlockUse[] = [];
  const openBlocks: BlockName[] = [];
  const line = (node: { position?: { start: { line: number } } | undefined }) =>
    (node.position?.start.line ?? 0) + options.lineOffset;
  const handler = (
    state: { all: (node: MdxJsxFlowElement | MdxJsxTextElement) => ElementContent[] },
    node: MdxJsxFlowElement | MdxJsxTextElement,
  ) => {
    const name = node.name ?? '';
    if (!isBlockName(name)) {
      if (/^[a-z]/.test(name)) return htmlElement(name, node, state.all(node), options, line(node));
      throw new ContentError({
        file: options.file,
        field: `line ${line(node)}`,
        message: `<${name || '>'}> is not a component explainers can use.`,
        hint: `${didYouMean(name, Object.keys(blockSpecs))} Available: ${Object.keys(blockSpecs)
          .map((n) => `<${n}>`)
          .join(', ')}.`,
      });
    }
    const props = readProps(name, node, options, line(node));
    checkNesting(name, node, openBlocks.at(-1), options, line);
    blocks.push({ name, props, line: line(node) });
    openBlocks.push(name);
    const children = state.all(node);
    openBlocks.pop();
    if (blockSpecs[name].children === 'required' && children.length === 0) {
      throw new ContentError({
        file: options.file,
        field: `line ${line(node)}`,
        message: `<${name}> needs content between <${name}> and </${name}>.`,
        hint:
          name === 'KeyFacts'
            ? 'Put <Fact value={…} unit="…">label</Fact> entries inside it.'
            : `Write the text inside <${name}>…</${name}>.`,
      });
    }
    return [raw(openMarker(name, props)), ...children, raw(closeMarker)] as unknown as ElementContent;
  };

  const processor = unified()
    .use(remarkRehype, {
      allowDangerousHtml: true,
      // Comments ({/* … */}) are the only expressions left here; they render as nothing.
      handlers: {
        mdxJsxFlowElement: handler,
        mdxJsxTextElement: handler,
        mdxFlowExpression: () => undefined,
        mdxTextExpression: () => undefined,
      } as never,
    })
    .use(options.rehypePlugins ?? [])
    .use(rehypeStringify, { allowDangerousHtml: true });
  const remarkOnly = unified().use(options.remarkPlugins ?? []);
  const mdast = remarkOnly.runSync(tree) as MdastRoot;
  const hast = processor.runSync(mdast) as HastRoot;
  const headings = addHeadingIds(hast);
  const html = processor.stringify(hast);
  return { kind: 'html', html, headings, blocks, words };
}

/**
 * A paragraph holding only components (one <Fact> per line inside <KeyFacts>) is
 * layout, not prose: drop the <p> so blocks are not nested in paragraphs.
 */
function unwrapBlockParagraphs(node: MdastRoot | RootContent): void {
  if (!('children' in node)) return;
  const children = node.children as RootContent[];
  for (let i = 0; i < children.length; i++) {
    const child = children[i]!;
    if (
      child.type === 'paragraph' &&
      child.children.some((c) => c.type === 'mdxJsxTextElement') &&
      child.children.every((c) => c.type === 'mdxJsxTextElement' || (c.type === 'text' && c.value.trim() === ''))
    ) {
      const flow = child.children
        .filter((c) => c.type === 'mdxJsxTextElement')
        .map((c) => ({ ...c, type: 'mdxJsxFlowElement' }) as unknown as RootContent);
      children.splice(i, 1, ...flow);
      i += flow.length - 1;
    } else unwrapBlockParagraphs(child);
  }
}

/** A <Fact> sits directly in <KeyFacts>, and <KeyFacts> holds nothing else: it renders as a <dl>. */
function checkNesting(
  name: BlockName,
  node: MdxJsxFlowElement | MdxJsxTextElement,
  parent: BlockName | undefined,
  options: CompileOptions,
  line: (node: { position?: { start: { line: number } } | undefined }) => number,
): void {
  const spec: BlockSpec = blockSpecs[name];
  if (spec.parent && parent !== spec.parent) {
    throw new ContentError({
      file: options.file,
      field: `line ${line(node)}`,
      message: `<${name}> belongs directly inside <${spec.parent}>.`,
      hint: `Put it between <${spec.parent}> and </${spec.parent}>, one per line.`,
    });
  }
  const stray = spec.only
    ? (node.children as RootContent[]).find(
        (child) =>
          !(child.type === 'mdxJsxFlowElement' && child.name === spec.only) &&
          !(child.type === 'text' && child.value.trim() === ''),
      )
    : undefined;
  if (stray) {
    throw new ContentError({
      file: options.file,
      field: `line ${line(stray)}`,
      message: `<${name}> holds only <${spec.only}> entries.`,
      hint: `Move this text out of <${name}>, or make it the label of a <${spec.only}>.`,
    });
  }
}

function raw(value: string) {
  return { type: 'raw', value };
}

/** The text of every node, space-separated so words of adjacent blocks never merge. */
function plainText(node: MdastRoot | RootContent): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value;
  return 'children' in node ? (node.children as RootContent[]).map(plainText).join(' ') : '';
}

function countWords(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** ESM and JavaScript expressions need the real MDX compiler; comments ({/* … *\/}) do not. */
function findMdxOnlySyntax(tree: MdastRoot): string | undefined {
  let reason: string | undefined;
  const visit = (node: MdastRoot | RootContent) => {
    if (reason) return;
    if (node.type === 'mdxjsEsm') reason = 'import/export';
    else if (
      (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') &&
      !/^\s*\/\*[\s\S]*\*\/\s*$/.test(node.value)
    ) {
      reason = 'expression';
    } else if ('children' in node) node.children.forEach(visit);
  };
  visit(tree);
  return reason;
}

function readProps(
  name: BlockName,
  node: MdxJsxFlowElement | MdxJsxTextElement,
  options: CompileOptions,
  line: number,
): Record<string, Literal> {
  const spec: Record<string, { type: string; required?: boolean }> = blockSpecs[name].props;
  const props: Record<string, Literal> = {};
  const where = { file: options.file, field: `line ${line}, <${name}>` };
  for (const attribute of node.attributes) {
    if (attribute.type !== 'mdxJsxAttribute') {
      throw new ContentError({
        ...where,
        message: 'spread props ({...x}) are not supported.',
        hint: 'Write each prop out, e.g. id="kuleba".',
      });
    }
    const value = attributeValue(attribute);
    if (!(attribute.name in spec)) {
      throw new ContentError({
        ...where,
        message: `has no prop "${attribute.name}".`,
        hint: `${didYouMean(attribute.name, Object.keys(spec))} <${name}> takes ${Object.keys(spec).join(', ') || 'no props'}.`,
      });
    }
    if (value === undefined) {
      throw new ContentError({
        ...where,
        message: `prop "${attribute.name}" must be a plain value, not ${JSON.stringify(expressionText(attribute))}.`,
        hint: 'Use a string ("…"), a number ({40}) or a list ({["a", "b"]}).',
      });
    }
    props[attribute.name] = value;
  }
  for (const [prop, { type, required }] of Object.entries(spec)) {
    const value = props[prop];
    if (value === undefined) {
      if (required)
        throw new ContentError({
          ...where,
          message: `needs the prop "${prop}".`,
          hint: `Add ${prop}=${type === 'number' ? '{…}' : '"…"'}.`,
        });
      continue;
    }
    const ok =
      type === 'string'
        ? typeof value === 'string' && value !== ''
        : type === 'number'
          ? typeof value === 'number' && Number.isFinite(value)
          : type === 'boolean'
            ? typeof value === 'boolean'
            : Array.isArray(value) && value.every((v) => typeof v === 'string');
    if (!ok) {
      throw new ContentError({
        ...where,
        message: `prop "${prop}" is ${JSON.stringify(value)}, but it must be ${type === 'string[]' ? 'a list of ids' : `a ${type}`}.`,
        hint:
          type === 'number'
            ? `Write the number in braces, e.g. ${prop}={40}.`
            : type === 'string[]'
              ? `e.g. ${prop}={["first-id", "second-id"]}`
              : type === 'boolean'
                ? `Write just the prop's name, e.g. <${name} ${prop}>.`
                : `e.g. ${prop}="kuleba"`,
      });
    }
  }
  return props;
}

function attributeValue(attribute: MdxJsxAttribute): Literal | undefined {
  if (attribute.value === null || attribute.value === undefined) return true;
  if (typeof attribute.value === 'string') return attribute.value;
  return literalFromEstree(attribute.value.data?.estree ?? undefined);
}

function expressionText(attribute: MdxJsxAttribute): string {
  return typeof attribute.value === 'object' && attribute.value
    ? `{${attribute.value.value}}`
    : String(attribute.value);
}

/** Lowercase JSX (<abbr title="…">) is ordinary HTML; its attributes must be plain strings. */
function htmlElement(
  tagName: string,
  node: MdxJsxFlowElement | MdxJsxTextElement,
  children: ElementContent[],
  options: CompileOptions,
  line: number,
): Element {
  const properties: Record<string, string | boolean> = {};
  for (const attribute of node.attributes) {
    const value = attribute.type === 'mdxJsxAttribute' ? attributeValue(attribute) : undefined;
    if (
      attribute.type !== 'mdxJsxAttribute' ||
      (typeof value !== 'string' && value !== true) ||
      /^on/i.test(attribute.name) ||
      attribute.name === 'style'
    ) {
      throw new ContentError({
        file: options.file,
        field: `line ${line}, <${tagName}>`,
        message: `attribute ${attribute.type === 'mdxJsxAttribute' ? `"${attribute.name}"` : 'spread'} is not allowed here.`,
        hint: 'HTML in explainers takes plain text attributes; no event handlers or inline styles (the site runs under a strict Content-Security-Policy).',
      });
    }
    properties[attribute.name === 'class' ? 'className' : attribute.name] = value;
  }
  return { type: 'element', tagName, properties, children };
}

/** Ids for headings the way Astro's Markdown does (github-slugger), and the list for the TOC. */
function addHeadingIds(tree: HastRoot): Heading[] {
  const slugger = new GithubSlugger();
  const headings: Heading[] = [];
  const text = (node: ElementContent): string =>
    node.type === 'text' ? node.value : node.type === 'element' ? node.children.map(text).join('') : '';
  const visit = (node: HastRoot | ElementContent) => {
    if (node.type === 'element' && /^h[1-6]$/.test(node.tagName)) {
      const content = node.children.map(text).join('').trim();
      const slug = typeof node.properties.id === 'string' ? node.properties.id : slugger.slug(content);
      node.properties.id = slug;
      headings.push({ depth: Number(node.tagName[1]), slug, text: content });
    }
    if ('children' in node) (node.children as ElementContent[]).forEach(visit);
  };
  visit(tree);
  return headings;
}

function syntaxError(error: unknown, options: CompileOptions): ContentError {
  const message = error as {
    reason?: string;
    message?: string;
    line?: number;
    column?: number;
    place?: { line?: number; start?: { line: number } };
  };
  // An unclosed tag's message carries its position only in the text: "… (9:1-9:6)".
  const written = /\((\d+):\d+(?:-\d+:\d+)?\)/.exec(message.reason ?? message.message ?? '');
  const at =
    message.line ?? message.place?.line ?? message.place?.start?.line ?? (written ? Number(written[1]) : undefined);
  const reason = (message.reason ?? message.message ?? String(error))
    .replace(/\s*\(\d+:\d+(-\d+:\d+)?\)/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return new ContentError({
    file: options.file,
    field: at ? `line ${at + options.lineOffset}` : undefined,
    message: `is not valid MDX: ${reason}`,
    hint: /closing tag|end of file|expected a closing/i.test(reason)
      ? 'A component or tag is not closed: write <Term id="…">text</Term>, or end a self-closing one with "/>".'
      : 'Check the tags and braces on that line: "<" starts a component and "{" an expression in MDX; write &lt; or \\{ for the characters themselves.',
  });
}
