import type { Root as MdastRoot, RootContent } from 'mdast';

/**
 * What in a body needs the real MDX compiler, or undefined: ESM and JavaScript
 * expressions do; comments ({/* … *\/}) do not.
 */
export function findMdxOnlySyntax(tree: MdastRoot): 'import/export' | 'expression' | undefined {
  let reason: 'import/export' | 'expression' | undefined;
  const visit = (node: MdastRoot | RootContent) => {
    if (reason) return;
    if (node.type === 'mdxjsEsm') reason = 'import/export';
    else if (
      (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') &&
      !/^\s*\/\*[\s\S]*\*\/\s*$/.test(node.value)
    ) {
      reason = 'expression';
    } else if ('children' in node) node.children.forEach(visit);
  };
  visit(tree);
  return reason;
}
