import type { Root as MdastRoot, RootContent } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { blockSpecs, type BlockName, type BlockSpec } from '../blocks/specs';
import { ContentError } from '../lib/errors';
import type { BlockPlace } from './block-props';

/**
 * A paragraph holding only components (one <Fact> per line inside <KeyFacts>) is
 * layout, not prose: drop the <p> so blocks are not nested in paragraphs.
 */
export function unwrapBlockParagraphs(node: MdastRoot | RootContent): void {
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
export function checkNesting(
  name: BlockName,
  node: MdxJsxFlowElement | MdxJsxTextElement,
  parent: BlockName | undefined,
  place: BlockPlace,
  lineOf: (node: RootContent) => number,
): void {
  const spec: BlockSpec = blockSpecs[name];
  if (spec.parent && parent !== spec.parent) {
    throw new ContentError({
      file: place.file,
      field: `line ${place.line}`,
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
      file: place.file,
      field: `line ${lineOf(stray)}`,
      message: `<${name}> holds only <${spec.only}> entries.`,
      hint: `Move this text out of <${name}>, or make it the label of a <${spec.only}>.`,
    });
  }
}

/** A block that wraps content (<Quote>, <Fact>, <KeyFacts>) must have some. */
export function checkContent(name: BlockName, rendered: number, place: BlockPlace): void {
  if (blockSpecs[name].children !== 'required' || rendered > 0) return;
  throw new ContentError({
    file: place.file,
    field: `line ${place.line}`,
    message: `<${name}> needs content between <${name}> and </${name}>.`,
    hint:
      name === 'KeyFacts'
        ? 'Put <Fact value={…} unit="…">label</Fact> entries inside it.'
        : `Write the text inside <${name}>…</${name}>.`,
  });
}
