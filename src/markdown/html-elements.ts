import type { Element, ElementContent } from 'hast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { attributeValue } from './literal-props';

/**
 * Lowercase JSX (<abbr title="…">) is ordinary HTML. By the time it gets here
 * checkBodyMarkup (body-markup.ts) has held it against the allowlist, so every
 * attribute is a plain text value (or a bare name) the element may take.
 */
export function htmlElement(
  tagName: string,
  node: MdxJsxFlowElement | MdxJsxTextElement,
  children: ElementContent[],
): Element {
  const properties: Record<string, string | boolean> = {};
  for (const attribute of node.attributes) {
    const value = attribute.type === 'mdxJsxAttribute' ? attributeValue(attribute) : undefined;
    if (attribute.type === 'mdxJsxAttribute' && (typeof value === 'string' || value === true)) {
      properties[attribute.name] = value;
    }
  }
  return { type: 'element', tagName, properties, children };
}
