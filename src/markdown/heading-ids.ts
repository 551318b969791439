import type { ElementContent, Root as HastRoot } from 'hast';
import GithubSlugger, { slug as slugOf } from 'github-slugger';
import { isPageId } from '../lib/page-ids';

export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

/**
 * Ids for headings the way Astro's Markdown does (github-slugger), and the list for the TOC.
 * An id the page itself uses (src/lib/page-ids.ts) or an empty one becomes "section-…".
 */
export function addHeadingIds(tree: HastRoot): Heading[] {
  const slugger = new GithubSlugger();
  const headings: Heading[] = [];
  // "## Source 1" would take the first citation's target and "## Main" the skip link's;
  // a heading of only emoji or punctuation would have no id at all.
  const headingId = (content: string): string => {
    if (slugOf(content) === '') return slugger.slug(`section ${headings.length + 1}`);
    const id = slugger.slug(content);
    return isPageId(id) ? slugger.slug(`section ${id}`) : id;
  };
  const text = (node: ElementContent): string =>
    node.type === 'text' ? node.value : node.type === 'element' ? node.children.map(text).join('') : '';
  const visit = (node: HastRoot | ElementContent) => {
    if (node.type === 'element' && /^h[1-6]$/.test(node.tagName)) {
      const content = node.children.map(text).join('').trim();
      const slug = typeof node.properties.id === 'string' ? node.properties.id : headingId(content);
      node.properties.id = slug;
      headings.push({ depth: Number(node.tagName[1]), slug, text: content });
    }
    if ('children' in node) (node.children as ElementContent[]).forEach(visit);
  };
  visit(tree);
  return headings;
}
