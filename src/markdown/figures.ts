import type { Root as MdastRoot, RootContent, Image } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { ContentError } from '../lib/errors';
import type { BlockPlace } from './block-props';
import type { Literal } from './literal-props';

/** A picture file beside the explainer, as written: "./minsk.jpg". No sub-folders, no way out of the folder. */
const LOCAL_IMAGE = /^\.\/[\w][\w.-]*$/;

/** A URL with a scheme, root-relative or protocol-relative: not a file beside the explainer. */
const isExternal = (url: string) => /^([a-z][a-z\d+.-]*:|\/|#)/i.test(url);

const DECORATIVE_HINT = 'or, if the picture is purely decorative, say so: <Figure src="…" decorative />';

/**
 * `![Protest in Minsk](./minsk.jpg "Caption")` standing alone in a paragraph is a figure:
 * it becomes a <Figure> block, so it is optimised, captioned and checked like one. A picture
 * file inside a sentence has no room for a caption or a credit and is refused.
 */
export function markdownImagesToFigures(tree: MdastRoot, file: string, lineOffset: number): void {
  const lineOf = (node: RootContent) => (node.position?.start.line ?? 0) + lineOffset;
  const visit = (node: MdastRoot | RootContent) => {
    if (!('children' in node)) return;
    const children = node.children as RootContent[];
    children.forEach((child, index) => {
      const images = child.type === 'paragraph' ? child.children.filter(isLocalImage) : [];
      const alone =
        child.type === 'paragraph' &&
        images.length === 1 &&
        child.children.every((c) => c === images[0] || (c.type === 'text' && c.value.trim() === ''));
      if (alone) {
        children[index] = figureElement(images[0]!, file, lineOf(child));
        return;
      }
      if (child.type === 'image' && !isExternal(child.url)) {
        throw new ContentError({
          file,
          field: `line ${lineOf(child)}, ![${child.alt ?? ''}](${child.url})`,
          message: 'a picture inside a sentence or a link cannot be shown with its caption and credit.',
          hint: 'Put the picture on a line of its own, with a blank line before and after it.',
        });
      }
      visit(child);
    });
  };
  visit(tree);
}

function isLocalImage(node: RootContent): node is Image {
  return node.type === 'image' && !isExternal(node.url);
}

function figureElement(image: Image, file: string, line: number): RootContent {
  const alt = image.alt?.trim() ?? '';
  if (!alt) {
    throw new ContentError({
      file,
      field: `line ${line}, ![](${image.url})`,
      message: 'the picture has no alt text.',
      hint: `Describe what it shows in the language of this file, e.g. ![Marchers on Independence Avenue](${image.url}), ${DECORATIVE_HINT}.`,
    });
  }
  const attribute = (name: string, value: string): MdxJsxAttribute => ({ type: 'mdxJsxAttribute', name, value });
  const element: MdxJsxFlowElement = {
    type: 'mdxJsxFlowElement',
    name: 'Figure',
    attributes: [attribute('src', image.url), attribute('alt', alt)],
    children: image.title ? [{ type: 'paragraph', children: [{ type: 'text', value: image.title }] }] : [],
    position: image.position,
  };
  return element as RootContent;
}

/**
 * A <Figure> names exactly one picture: a file beside the explainer (`src`, which then
 * needs this language's `alt`) or a shared one (`media`, whose record has alt text in
 * every language). `alt=""` means nothing on its own: a decorative picture says
 * `decorative` instead, and gets no alt text. Runs before the props are type-checked, so
 * an empty alt gets this message rather than the generic one.
 */
export function checkFigureAttributes(node: MdxJsxFlowElement | MdxJsxTextElement, place: BlockPlace): void {
  const where = { file: place.file, field: `line ${place.line}, <Figure>` };
  const attributes = node.attributes.filter((a): a is MdxJsxAttribute => a.type === 'mdxJsxAttribute');
  const value = (name: string) => {
    const attribute = attributes.find((a) => a.name === name);
    return attribute ? (attribute.value ?? true) : undefined;
  };
  const [src, media, alt, decorative] = [value('src'), value('media'), value('alt'), value('decorative')];
  if ((src === undefined) === (media === undefined)) {
    throw new ContentError({
      ...where,
      message: src === undefined ? 'names no picture.' : 'names two pictures (src and media).',
      hint: 'Give src="./file.jpg" for a file beside the explainer, or media="id" for one in content/media.yaml.',
    });
  }
  if (typeof src === 'string' && !LOCAL_IMAGE.test(src)) {
    throw new ContentError({
      ...where,
      message: `src "${src}" is not a file beside the explainer.`,
      hint: 'Write it as ./file.jpg, the file in the same folder as this .mdx; a picture used by several explainers goes in content/media.yaml.',
    });
  }
  const altText = typeof alt === 'string' ? alt.trim() : '';
  if (decorative !== undefined && altText) {
    throw new ContentError({
      ...where,
      message: 'is marked decorative but has alt text.',
      hint: 'A decorative picture is hidden from screen readers; remove decorative if the alt text says something the reader needs.',
    });
  }
  if (decorative === undefined && src !== undefined && !altText) {
    throw new ContentError({
      ...where,
      message: alt === undefined ? 'has no alt text.' : 'has an empty alt text.',
      hint: `Describe what the picture shows in the language of this file, e.g. alt="Marchers on Independence Avenue", ${DECORATIVE_HINT}.`,
    });
  }
  if (typeof alt === 'string' && !altText)
    node.attributes = node.attributes.filter((a) => a !== attributes.find((b) => b.name === 'alt'));
}

/** The picture path a checked <Figure> names, if it is a file beside the explainer. */
export function figureFile(props: Record<string, Literal>): string | undefined {
  return typeof props.src === 'string' ? props.src : undefined;
}
