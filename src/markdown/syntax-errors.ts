import { ContentError } from '../lib/errors';

/**
 * The parser's message for a body that is not valid MDX, as a ContentError with the
 * line in the file and a hint. The parser writes its position first and a rule name
 * last ("3:1: Expected a closing tag for `<aside>` (3:1) (mdx-jsx:unexpected-character)");
 * the author needs the line and the sentence.
 */
export function syntaxError(error: unknown, file: string, lineOffset: number): ContentError {
  const text = error instanceof Error ? error.message : String(error);
  const at = /^(\d+):(\d+):/.exec(text) ?? /\((\d+):\d+(?:-\d+:\d+)?\)/.exec(text);
  const reason = text
    .replace(/^\d+:\d+:\s*/, '')
    .replace(/\s*\([\w-]+:[\w-]+\)\s*$/, '')
    .replace(/\s*\(\d+:\d+(-\d+:\d+)?\)/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return new ContentError({
    file,
    field: at ? `line ${Number(at[1]) + lineOffset}` : undefined,
    message: `is not valid MDX: ${reason}`,
    hint: /expected a closing|end of file/i.test(reason)
      ? 'A component or tag is not closed: write <Term id="…">text</Term>, or end a self-closing one with "/>".'
      : 'Check the tags and braces on that line: "<" starts a component and "{" an expression in MDX; write &lt; or \\{ for the characters themselves.',
  });
}
