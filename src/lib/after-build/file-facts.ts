import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** What the offline manifests need of a built file: its size, content hash and the files it loads. */
export interface FileFact {
  bytes: number;
  hash: string;
  references: string[];
}

interface StoredFact extends FileFact {
  mtimeMs: number;
}

/**
 * File facts of one output folder, kept between builds: a file with the size and mtime it
 * had is not read again. A rebuild keeps every page it did not render where it was (with
 * its mtime), so after one explainer is edited only a few files are read and hashed.
 */
export class FileFacts {
  private readonly used: Record<string, StoredFact> = {};

  constructor(
    private readonly outDir: string,
    private readonly references: (path: string, content: string) => string[],
    private readonly stored: Record<string, StoredFact> = {},
  ) {}

  /** Facts kept in `file` by an earlier build; none if it is missing or unreadable. */
  static load(outDir: string, references: (path: string, content: string) => string[], file: string): FileFacts {
    let stored: Record<string, StoredFact> = {};
    try {
      if (existsSync(file)) stored = JSON.parse(readFileSync(file, 'utf8'));
    } catch {
      // An unreadable cache is only a slower build.
    }
    return new FileFacts(outDir, references, stored);
  }

  of(path: string): FileFact {
    const known = this.used[path];
    if (known) return known;
    const { size, mtimeMs } = statSync(join(this.outDir, path));
    const stored = this.stored[path];
    if (stored && stored.bytes === size && stored.mtimeMs === mtimeMs) return (this.used[path] = stored);
    const content = readFileSync(join(this.outDir, path));
    const hash = createHash('sha256').update(content).digest('hex').slice(0, 16);
    const references = this.references(path, content.toString('utf8'));
    const fact: StoredFact = { bytes: content.length, mtimeMs, hash, references };
    return (this.used[path] = fact);
  }

  /** Keeps the facts of the files asked for in this build (a removed file is forgotten). */
  save(file: string): void {
    mkdirSync(join(file, '..'), { recursive: true });
    writeFileSync(file, JSON.stringify(this.used));
  }
}
