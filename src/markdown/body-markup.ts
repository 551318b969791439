import type { Root as MdastRoot, RootContent } from 'mdast';
import { ContentError, ContentErrors } from '../lib/errors';
import { checkUrl, URL_HINT } from '../lib/url-safety';
import { isBlockName } from '../blocks/specs';
import type { Expressions } from './block-props';
import { checkElement, type WrittenAttribute } from './html-allowlist';
import { attributeValue } from './literal-props';

export interface MarkupOptions {
  /** Project-relative path, for messages. */
  file: string;
  /** Lines before the body, so messages give the line in the file (0 when positions are the file's). */
  lineOffset: number;
  /**
   * Attribute values written as expressions ({…}): our compiler reads only literals, so
   * anything else is the author's mistake there; in an explainer trusted with code they
   * are left to the code (but their names are still checked).
   */
  expressions: Expressions;
}

/**
 * Checks what a translator may write in a body as markup: HTML elements and their
 * attributes against the allowlist (html-allowlist.ts), and every address (Markdown
 * links, images and reference definitions; href, src and cite) against the URL rule
 * (src/lib/url-safety.ts). Throws all the problems of the file at once. Used by our own
 * compiler and, for explainers trusted with code, by the MDX one.
 */
export function checkBodyMarkup(tree: MdastRoot, options: MarkupOptions): void {
  const errors: ContentError[] = [];
  const line = (node: RootContent) => (node.position?.start.line ?? 0) + options.lineOffset;
  const report = (node: RootContent, subject: string, message: string, hint: string) =>
    errors.push(new ContentError({ file: options.file, field: `line ${line(node)}, ${subject}`, message, hint }));

  const visit = (node: MdastRoot | RootContent) => {
    if (node.type === 'link' || node.type === 'image' || node.type === 'definition') {
      const check = checkUrl(node.url);
      const subject = node.type === 'definition' ? `[${node.label ?? node.identifier}]:` : node.type;
      if (!check.ok) report(node, subject, `${JSON.stringify(node.url)} ${check.problem}.`, URL_HINT);
    } else if (node.type === 'html') {
      // MDX has no raw HTML (tags are JSX); should a parser ever pass some through, it is refused.
      report(node, 'HTML', 'is not allowed as raw HTML.', 'Write the element as in the rest of the file.');
    } else if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && isHtmlName(node.name)) {
      const attributes: WrittenAttribute[] = [];
      for (const attribute of node.attributes) {
        if (attribute.type !== 'mdxJsxAttribute') {
          if (options.expressions === 'reject') {
            report(node, `<${node.name}>`, 'spread attributes ({...x}) are not allowed.', 'Write each attribute out.');
          }
          continue;
        }
        const value = attributeValue(attribute);
        if (typeof value === 'string' || value === true) attributes.push({ name: attribute.name, value });
        else if (options.expressions === 'leave-unchecked') attributes.push({ name: attribute.name, value: undefined });
        else {
          report(
            node,
            `<${node.name}>`,
            `the attribute "${attribute.name}" must be plain text, not an expression.`,
            'Write the value in quotes: name="…".',
          );
        }
      }
      for (const problem of checkElement(node.name!, attributes)) {
        report(node, problem.subject, problem.message, problem.hint);
      }
    }
    if ('children' in node) (node.children as RootContent[]).forEach(visit);
  };
  visit(tree);
  if (errors.length === 1) throw errors[0];
  if (errors.length > 1) throw new ContentErrors(errors as [ContentError, ...ContentError[]]);
}

/** Lowercase JSX is HTML; capitalised names are blocks or imported components. */
function isHtmlName(name: string | null | undefined): name is string {
  return !!name && !isBlockName(name) && !/^[A-Z]/.test(name);
}
