import { relative } from 'node:path';
import type { Root, RootContent } from 'mdast';
import type { MdxJsxAttribute } from 'mdast-util-mdx-jsx';
import { blockSpecs, isBlockName } from '../blocks/specs';
import { ContentError, didYouMean } from '../lib/errors';
import type { BlockUse } from './compile-body';
import { attributeValue, type Literal } from './literal-props';

/**
 * For the few explainers compiled by @astrojs/mdx (the escape hatch), records their
 * blocks the way compileBody does for the rest, so the same reference checks and
 * citation numbering apply. Props written as expressions are left out: only the page
 * can know their value. A capitalised component that is neither a block nor imported
 * or defined in the file fails with the same message compileBody gives.
 */
export function remarkBlockUses() {
  return (tree: Root, file: { path?: string; data: { astro?: { frontmatter?: Record<string, unknown> } } }) => {
    const uses: BlockUse[] = [];
    const defined = namesDefinedIn(tree);
    const visit = (node: Root | RootContent) => {
      if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
        const name = node.name ?? '';
        if (isBlockName(name)) {
          const props: Record<string, Literal> = {};
          for (const attribute of node.attributes) {
            const value = attribute.type === 'mdxJsxAttribute' ? attributeValue(attribute) : undefined;
            if (value !== undefined) props[(attribute as MdxJsxAttribute).name] = value;
          }
          uses.push({ name, props, line: node.position?.start.line ?? 0 });
        } else if (/^[A-Z]\w*$/.test(name) && !defined.has(name)) {
          throw new ContentError({
            file: file.path ? relative(process.cwd(), file.path) : 'an MDX explainer',
            field: `line ${node.position?.start.line ?? 0}`,
            message: `<${name}> is not a component explainers can use, and this file does not import it.`,
            hint: `${didYouMean(name, Object.keys(blockSpecs))} Available: ${Object.keys(blockSpecs)
              .map((n) => `<${n}>`)
              .join(', ')}; anything else must be imported at the top of the file.`,
          });
        }
      }
      if ('children' in node) node.children.forEach(visit);
    };
    visit(tree);
    const astro = (file.data.astro ??= {});
    astro.frontmatter = { ...astro.frontmatter, blockUses: uses };
  };
}

interface EsmNode {
  type: string;
  specifiers?: { local: { name: string } }[];
  declaration?: { id?: { name?: string }; declarations?: { id: { name?: string } }[] } | null;
}

/** What the file's own import and export statements bring into scope. */
function namesDefinedIn(tree: Root): Set<string> {
  const names = new Set<string>();
  for (const node of tree.children) {
    if (node.type !== 'mdxjsEsm') continue;
    const body = ((node.data?.estree as { body?: EsmNode[] } | undefined)?.body ?? []) as EsmNode[];
    for (const statement of body) {
      for (const specifier of statement.specifiers ?? []) names.add(specifier.local.name);
      const declaration = statement.declaration;
      if (declaration?.id?.name) names.add(declaration.id.name);
      for (const d of declaration?.declarations ?? []) if (d.id.name) names.add(d.id.name);
    }
  }
  return names;
}

/** The list back from what render() returned for an MDX explainer. */
export function blockUsesOf(remarkPluginFrontmatter: Record<string, unknown>): BlockUse[] {
  return (remarkPluginFrontmatter.blockUses as BlockUse[] | undefined) ?? [];
}
