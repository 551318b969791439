import { relative } from 'node:path';
import type { Root, RootContent } from 'mdast';
import { blockSpecs, isBlockName } from '../blocks/specs';
import { ContentError, didYouMean } from '../lib/errors';
import { readBlockProps } from './block-props';
import type { BlockUse } from './compile-body';

/**
 * For the few explainers compiled by @astrojs/mdx (the escape hatch), records their
 * blocks the way compileBody does for the rest, so the same reference checks and
 * citation numbering apply, and checks their props against the same specs with the
 * same messages: unknown props, missing required ones, literal values of the wrong
 * type. Props written as expressions are left out and unchecked: only the page can
 * know their value. A capitalised component that is neither a block nor imported or
 * defined in the file fails with the same message compileBody gives.
 */
export function remarkBlockUses() {
  return (tree: Root, file: { path?: string; data: { astro?: { frontmatter?: Record<string, unknown> } } }) => {
    const uses: BlockUse[] = [];
    const where = file.path ? relative(process.cwd(), file.path) : 'an MDX explainer';
    const defined = namesDefinedIn(tree);
    const visit = (node: Root | RootContent) => {
      if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
        const name = node.name ?? '';
        const place = { file: where, line: node.position?.start.line ?? 0 };
        // A component the file imports under a block's name is its own: in MDX the import wins.
        if (isBlockName(name) && !defined.has(name)) {
          const props = readBlockProps(name, node.attributes, place, 'leave-unchecked');
          uses.push({ name, props, line: place.line });
        } else if (/^[A-Z]\w*$/.test(name) && !defined.has(name)) {
          throw new ContentError({
            file: place.file,
            field: `line ${place.line}`,
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
    // @astrojs/mdx gives ESM parsed (data.estree); the mdast types satteri declares leave it out.
    const body = (node.data as { estree?: { body?: EsmNode[] } } | undefined)?.estree?.body ?? [];
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
