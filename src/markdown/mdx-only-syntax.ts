import type { Root as MdastRoot, RootContent } from 'mdast';

/** Code in a body that only the real MDX compiler can run: where it is and how it was written. */
export interface MdxOnlySyntax {
  construct: 'import/export' | 'expression';
  /** The line in the body (add the frontmatter's lines for the line in the file). */
  line: number;
  source: string;
}

/**
 * The first thing in a body that needs the real MDX compiler, or undefined: ESM and
 * JavaScript expressions do; comments ({/* … *\/}) do not. Props written in braces
 * ({40}, {["a"]}) are read as literals and are not counted here.
 */
export function findMdxOnlySyntax(tree: MdastRoot): MdxOnlySyntax | undefined {
  let found: MdxOnlySyntax | undefined;
  const visit = (node: MdastRoot | RootContent) => {
    if (found) return;
    const line = node.position?.start.line ?? 0;
    if (node.type === 'mdxjsEsm') found = { construct: 'import/export', line, source: node.value };
    else if (
      (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') &&
      !/^\s*\/\*[\s\S]*\*\/\s*$/.test(node.value)
    ) {
      found = { construct: 'expression', line, source: `{${node.value}}` };
    } else if ('children' in node) node.children.forEach(visit);
  };
  visit(tree);
  return found;
}
