import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';

/**
 * Content as the site uses it, in one form whatever the editor saved: without a byte
 * order mark (a file that starts with one would have no frontmatter) and in Unicode NFC.
 * Decomposed text (и + combining breve for й, as some macOS tools write it) looks the
 * same but is other characters: search would split its words at the combining marks and
 * a reader's query would not find them.
 */
export function normalizeContent(text: string): string {
  return (text.startsWith('\uFEFF') ? text.slice(1) : text).normalize('NFC');
}

/** Reads a content file once, normalised; every reader of content/ goes through here. */
export function readContentFile(path: string): string {
  return normalizeContent(readFileSync(path, 'utf8'));
}

export async function readContentFileAsync(path: string): Promise<string> {
  return normalizeContent(await readFile(path, 'utf8'));
}
