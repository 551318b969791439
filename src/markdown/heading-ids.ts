import type { ElementContent, Root as HastRoot } from 'hast';
import GithubSlugger from 'github-slugger';

export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

/** Ids for headings the way Astro's Markdown does (github-slugger), and the list for the TOC. */
export function addHeadingIds(tree: HastRoot): Heading[] {
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
