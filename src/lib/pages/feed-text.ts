/**
 * A feed item's description as plain text. Feed readers decode the XML and then show the
 * description as HTML, so a summary with "<img onerror=…>" in it would become an element
 * in the reader. Escaped here once, the XML escaping that @astrojs/rss adds on top leaves
 * a reader with "&lt;img …", which it shows as the characters the editor wrote.
 */
export function feedDescription(text: string): string {
  return text.replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c]!);
}
