import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Every file below `folder`, as sorted paths relative to it; none when the folder does not exist. */
export function filesUnder(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(folder.length + 1))
    .sort();
}
