import type { Root, RootContent } from 'mdast';
import type { MdxJsxAttribute } from 'mdast-util-mdx-jsx';
import { isBlockName } from '../blocks/specs';
import type { BlockUse } from './compile-body';
import { literalFromEstree, type Literal } from './literal-props';

/**
 * For the few explainers compiled by @astrojs/mdx (the escape hatch), records their
 * blocks the way compileBody does for the rest, so the same reference checks and
 * citation numbering apply. Props written as expressions are left out: only the page
 * can know their value.
 */
export function remarkBlockUses() {
  return (tree: Root, file: { data: { astro?: { frontmatter?: Record<string, unknown> } } }) => {
    const uses: BlockUse[] = [];
    const visit = (node: Root | RootContent) => {
      if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && isBlockName(node.name ?? '')) {
        const props: Record<string, Literal> = {};
        for (const attribute of node.attributes) {
          const value = attribute.type === 'mdxJsxAttribute' ? literalOf(attribute) : undefined;
          if (value !== undefined) props[(attribute as MdxJsxAttribute).name] = value;
        }
        uses.push({ name: node.name as BlockUse['name'], props, line: node.position?.start.line ?? 0 });
      }
      if ('children' in node) node.children.forEach(visit);
    };
    visit(tree);
    const astro = (file.data.astro ??= {});
    astro.frontmatter = { ...astro.frontmatter, blockUses: uses };
  };
}

function literalOf(attribute: MdxJsxAttribute): Literal | undefined {
  if (attribute.value === null || attribute.value === undefined) return true;
  if (typeof attribute.value === 'string') return attribute.value;
  return literalFromEstree(attribute.value.data?.estree ?? undefined);
}

/** The list back from what render() returned for an MDX explainer. */
export function blockUsesOf(remarkPluginFrontmatter: Record<string, unknown>): BlockUse[] {
  return (remarkPluginFrontmatter.blockUses as BlockUse[] | undefined) ?? [];
}
