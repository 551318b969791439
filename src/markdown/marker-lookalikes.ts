import type { Element, Root as HastRoot, RootContent } from 'hast';
import { ContentError } from '../lib/errors';
import { MARKER_TEXT } from './block-markers';

/**
 * The page finds blocks by their marker comments in the cached HTML (block-markers.ts).
 * Text is escaped, so "<!--" in it is harmless, but attribute values keep "<" as it is:
 * <abbr title="<!--tl:block:…-->"> or an image's alt text would make the page render a
 * block nobody checked, or fail with no file named. Such a value is refused where it is
 * written.
 */
export function refuseMarkerLookalikes(tree: HastRoot, file: string, lineOffset: number): void {
  const visit = (node: HastRoot | RootContent, line: number | undefined) => {
    const here = node.position?.start.line ?? line;
    if (node.type === 'element') checkAttributes(node, file, here === undefined ? undefined : here + lineOffset);
    if ('children' in node) for (const child of node.children) visit(child, here);
  };
  visit(tree, undefined);
}

function checkAttributes(node: Element, file: string, line: number | undefined): void {
  for (const [name, value] of Object.entries(node.properties)) {
    const text = Array.isArray(value) ? value.join(' ') : String(value);
    if (!text.includes(MARKER_TEXT)) continue;
    throw new ContentError({
      file,
      field: `${line === undefined ? '' : `line ${line}, `}<${node.tagName}> ${name === 'className' ? 'class' : name}`,
      message: `${JSON.stringify(text)} contains "${MARKER_TEXT}", which the build uses to mark blocks in a page.`,
      hint: `Reword the text without "${MARKER_TEXT}"; to use a block, write it as a tag, e.g. <Person id="kuleba" />.`,
    });
  }
}

/** A last check on the compiled HTML: exactly the markers of the blocks compiled, two each. */
export function checkMarkerCount(html: string, blocks: number, file: string): void {
  const found = html.split(`<!--${MARKER_TEXT}`).length - 1 + (html.split(`<!--/${MARKER_TEXT}`).length - 1);
  if (found === blocks * 2) return;
  throw new ContentError({
    file,
    message: `compiles to ${found} block markers for ${blocks} blocks: some text contains "${MARKER_TEXT}", which the build uses to mark blocks.`,
    hint: `Find "${MARKER_TEXT}" in the file and reword it.`,
  });
}
