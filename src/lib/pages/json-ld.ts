// Inside <script>, only "</script" (and "<!--") can end the data early: with every "<"
// escaped, translator text cannot close the element. U+2028 and U+2029 are escaped
// too, so the text stays valid in any JavaScript that reads it. JSON.parse reads all
// of these back as the same characters.
const UNSAFE = /[<>&\u2028\u2029]/g;

/** JSON for a `<script type="application/ld+json">` element, safe to write into HTML as it is. */
export function jsonLdText(value: unknown): string {
  return JSON.stringify(value).replace(UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
