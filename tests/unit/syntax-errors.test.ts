import { expect, test } from 'vitest';
import { syntaxError } from '../../src/markdown/syntax-errors';

const unclosed = 'Hint: A component or tag is not closed';
const braces = 'Hint: Check the tags and braces on that line';

test.each([
  [
    'a position first and a rule name last',
    '3:6: Expected a closing tag for `<Term>` (3:6) before the end of `paragraph` (mdx-jsx:unexpected-character)',
    'f.mdx → line 8: is not valid MDX: Expected a closing tag for `<Term>` before the end of `paragraph`',
    unclosed,
  ],
  [
    'an expression left open',
    '1:3: Unexpected end of file in expression, expected a corresponding closing brace for `{` (mdx-jsx:unexpected-character)',
    'f.mdx → line 6: is not valid MDX: Unexpected end of file in expression, expected a corresponding closing brace for `{`',
    unclosed,
  ],
  [
    'a closing tag with nothing to close',
    '1:3: Unexpected closing tag `</b>`, expected an open tag first (mdx-jsx:unexpected-character)',
    'f.mdx → line 6: is not valid MDX: Unexpected closing tag `</b>`, expected an open tag first',
    braces,
  ],
  [
    'a note in parentheses is kept',
    '2:1: Unexpected character after `<`, expected a valid JSX tag (note: to create a link in MDX, use `[text](url)`) (mdx-jsx:unexpected-character)',
    'f.mdx → line 7: is not valid MDX: Unexpected character after `<`, expected a valid JSX tag (note: to create a link in MDX, use `[text](url)`)',
    braces,
  ],
  [
    'the position only inside the text',
    'Expected a closing tag for `<aside>` (9:1-9:8)',
    'f.mdx → line 14: is not valid MDX: Expected a closing tag for `<aside>`',
    unclosed,
  ],
])('%s', (_, parserMessage, message, hint) => {
  const [first, second] = syntaxError(new Error(parserMessage), 'f.mdx', 5).message.split('\n');
  expect(first).toBe(message);
  expect(second!.startsWith(hint)).toBe(true);
});
