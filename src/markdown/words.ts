import type { Root as MdastRoot, RootContent } from 'mdast';

/** Words of the text a reader sees, for reading time: markup and punctuation-only tokens do not count. */
export function countWords(tree: MdastRoot): number {
  return plainText(tree)
    .split(/\s+/)
    .filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** The text of every node, space-separated so words of adjacent blocks never merge. */
function plainText(node: MdastRoot | RootContent): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value;
  return 'children' in node ? (node.children as RootContent[]).map(plainText).join(' ') : '';
}
