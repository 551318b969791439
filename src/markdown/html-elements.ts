import type { Element, ElementContent } from 'hast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { ContentError } from '../lib/errors';
import type { BlockPlace } from './block-props';
import { attributeValue } from './literal-props';

/** Lowercase JSX (<abbr title="…">) is ordinary HTML; its attributes must be plain strings. */
export function htmlElement(
  tagName: string,
  node: MdxJsxFlowElement | MdxJsxTextElement,
  children: ElementContent[],
  place: BlockPlace,
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
        file: place.file,
        field: `line ${place.line}, <${tagName}>`,
        message: `attribute ${attribute.type === 'mdxJsxAttribute' ? `"${attribute.name}"` : 'spread'} is not allowed here.`,
        hint: 'HTML in explainers takes plain text attributes; no event handlers or inline styles (the site runs under a strict Content-Security-Policy).',
      });
    }
    properties[attribute.name === 'class' ? 'className' : attribute.name] = value;
  }
  return { type: 'element', tagName, properties, children };
}
