import { ContentError } from '../lib/errors';

/** The parser's message for a body that is not valid MDX, as a ContentError with the line in the file and a hint. */
export function syntaxError(error: unknown, file: string, lineOffset: number): ContentError {
  const message = error as {
    reason?: string;
    message?: string;
    line?: number;
    column?: number;
    place?: { line?: number; start?: { line: number } };
  };
  // An unclosed tag's message carries its position only in the text: "… (9:1-9:6)".
  const written = /\((\d+):\d+(?:-\d+:\d+)?\)/.exec(message.reason ?? message.message ?? '');
  const at =
    message.line ?? message.place?.line ?? message.place?.start?.line ?? (written ? Number(written[1]) : undefined);
  const reason = (message.reason ?? message.message ?? String(error))
    .replace(/\s*\(\d+:\d+(-\d+:\d+)?\)/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return new ContentError({
    file,
    field: at ? `line ${at + lineOffset}` : undefined,
    message: `is not valid MDX: ${reason}`,
    hint: /closing tag|end of file|expected a closing/i.test(reason)
      ? 'A component or tag is not closed: write <Term id="…">text</Term>, or end a self-closing one with "/>".'
      : 'Check the tags and braces on that line: "<" starts a component and "{" an expression in MDX; write &lt; or \\{ for the characters themselves.',
  });
}
