/**
 * Blocks are stored in the pre-rendered HTML as a pair of comments around their
 * rendered children, so that the page can render them as Astro components in the
 * reader's language while everything else stays plain cached HTML.
 */
/** What both markers contain; an author's text must not (marker-lookalikes.ts). */
export const MARKER_TEXT = 'tl:block';
const OPEN = `${MARKER_TEXT}:`;
const CLOSE = `/${MARKER_TEXT}`;

export function openMarker(name: string, props: Record<string, unknown>): string {
  return `<!--${OPEN}${name}:${encodeURIComponent(JSON.stringify(props))}-->`;
}

export const closeMarker = `<!--${CLOSE}-->`;

export type Segment =
  { type: 'html'; html: string } | { type: 'block'; name: string; props: Record<string, unknown>; children: Segment[] };

const MARKER = /<!--(?:tl:block:(\w+):([^>]*?)|\/tl:block)-->/g;

/** Splits marked HTML into a tree of plain HTML and blocks. */
export function parseSegments(html: string): Segment[] {
  const root: Segment[] = [];
  const stack: Segment[][] = [root];
  let last = 0;
  for (const match of html.matchAll(MARKER)) {
    const current = stack.at(-1)!;
    if (match.index > last) current.push({ type: 'html', html: html.slice(last, match.index) });
    last = match.index + match[0].length;
    if (match[1]) {
      const block: Segment = {
        type: 'block',
        name: match[1],
        props: JSON.parse(decodeURIComponent(match[2] ?? '')) as Record<string, unknown>,
        children: [],
      };
      current.push(block);
      stack.push(block.children);
    } else if (stack.length > 1) {
      stack.pop();
    }
  }
  if (last < html.length) stack.at(-1)!.push({ type: 'html', html: html.slice(last) });
  return root;
}
