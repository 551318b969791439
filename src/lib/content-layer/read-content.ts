import { lstatSync, readFileSync } from 'node:fs';
import { ContentError } from '../errors';
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

/**
 * Content is what the repository holds: a symbolic link in content/ would publish
 * whatever it points to (a file outside the project, another explainer under a second
 * slug), and it is not what a reviewer sees in a pull request.
 */
export function refuseSymlink(path: string, file: string): void {
  if (!lstatSync(path, { throwIfNoEntry: false })?.isSymbolicLink()) return;
  throw new ContentError({
    file,
    message: 'is a symbolic link; content/ takes real files and folders only.',
    hint: 'Replace the link with a copy of the file or folder it points to (or remove it).',
  });
}
