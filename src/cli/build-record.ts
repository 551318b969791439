import { createHash, type Hash } from 'node:crypto';
import {
  existsSync,
  lstatSync,
  readFileSync,
  readdirSync,
  readlinkSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { isoDay } from '../i18n/format';
import { CODE_PATHS } from '../integrations/code-version';

/**
 * What a successful build leaves in its cache folder, so that the next `npm run build`
 * (src/cli/build.ts) can tell, before Astro starts, that it would write the same files:
 * a hash of everything the build reads (`inputsDigest`) and every entry of the output
 * folder with its size and mtime (`outputEntries`).
 */
export interface BuildRecord {
  format: typeof FORMAT;
  /** When the build ended (ISO). */
  builtAt: string;
  inputs: string;
  /** Path (relative to the output folder) → "file <size> <mtimeMs>", "link <target> <mtimeMs>" or "dir". */
  output: Record<string, string>;
}

const FORMAT = 1;

/**
 * Files and folders besides the code (CODE_PATHS) that can change the output: the static
 * files, the tlumach() options a test site adds, the manifest of the installed dependencies
 * (npm writes it on every install) and the package itself. The content folder and Vite's
 * .env files are added by `inputPaths`.
 */
const OTHER_INPUTS = ['public', 'tlumach-options.json', 'package.json', 'node_modules/.package-lock.json'];

/**
 * The environment variables that reach the output: the config's and the content layer's
 * (SITE, BASE, OUT_DIR, CONTENT_DIR), the integration's (TLUMACH_*), the ones Vite and Astro
 * put into import.meta.env (NODE_ENV, MODE, BASE_URL…, VITE_* and PUBLIC_*), ASTRO_* and the
 * time zone dates may be formatted in. TLUMACH_RENDER_CACHE is not one: it chooses how
 * pages are made, not what they are (a build with it off writes the same bytes, as
 * tests/sites/incremental-build.test.ts checks), and it forces a build anyway.
 */
const ENV_NAMES =
  /^(SITE|BASE|OUT_DIR|CONTENT_DIR|NODE_ENV|MODE|DEV|PROD|SSR|BASE_URL|TZ|(TLUMACH|ASTRO|VITE|PUBLIC)_.*)$/;
const NOT_INPUT = new Set(['TLUMACH_RENDER_CACHE']);

/** Every path (relative to `root`, or absolute for a content folder elsewhere) whose files are inputs. */
export function inputPaths(root: string, contentDir: string): string[] {
  const dotEnv = readdirSync(root).filter((name) => name === '.env' || name.startsWith('.env.'));
  return [...CODE_PATHS, ...OTHER_INPUTS, contentDir, ...dotEnv];
}

/**
 * A hash of everything that decides what `astro build <args>` writes: every file under
 * `inputPaths` (names and bytes; a symbolic link by its target, which the build refuses in
 * content/), the environment variables above, Node's version and platform, the
 * arguments, and the day in UTC (each language's saved copy is dated with it,
 * src/integrations/saved-copies.ts, so a build on another day writes other bytes).
 */
export function inputsDigest(root: string, env: NodeJS.ProcessEnv, args: string[], now: Date): string {
  const variables = Object.keys(env)
    .filter((name) => ENV_NAMES.test(name) && !NOT_INPUT.has(name))
    .sort()
    .map((name) => [name, env[name]]);
  const hash = createHash('sha256').update(
    JSON.stringify({
      format: FORMAT,
      node: process.version,
      platform: `${process.platform}-${process.arch}`,
      args,
      variables,
      day: isoDay(now),
    }),
  );
  for (const path of inputPaths(root, env.CONTENT_DIR ?? 'content')) hashTree(hash, root, path);
  return hash.digest('hex');
}

/** Adds `path` (a file, link or folder below `root`, or absolute) and everything below it to `hash`. */
function hashTree(hash: Hash, root: string, path: string): void {
  const absolute = resolve(root, path);
  if (!existsSync(absolute) && !isLink(absolute)) {
    hash.update(`\0missing\0${path}\0`);
    return;
  }
  const visit = (file: string, name: string) => {
    const stat = lstatSync(file);
    if (stat.isSymbolicLink()) hash.update(`\0link\0${name}\0${readlinkSync(file)}\0`);
    else if (stat.isDirectory()) {
      hash.update(`\0dir\0${name}\0`);
      for (const entry of readdirSync(file).sort()) visit(join(file, entry), `${name}/${entry}`);
    } else hash.update(`\0file\0${name}\0`).update(readFileSync(file));
  };
  visit(absolute, path);
}

function isLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

/** Every entry below `outDir`, with what shows it changed; none when the folder does not exist. */
export function outputEntries(outDir: string): Record<string, string> {
  const entries: Record<string, string> = {};
  if (!existsSync(outDir)) return entries;
  for (const entry of readdirSync(outDir, { recursive: true, withFileTypes: true })) {
    const path = join(entry.parentPath, entry.name);
    const name = relative(outDir, path);
    if (entry.isDirectory()) entries[name] = 'dir';
    else {
      const stat = lstatSync(path);
      entries[name] = stat.isSymbolicLink()
        ? `link ${readlinkSync(path)} ${stat.mtimeMs}`
        : `file ${stat.size} ${stat.mtimeMs}`;
    }
  }
  return entries;
}

/**
 * How the output folder differs from what the record lists, in a few words
 * (`dist/en/index.html is missing`), or undefined when every entry is as recorded.
 */
export function outputDifference(recorded: Record<string, string>, now: Record<string, string>): string | undefined {
  for (const [name, entry] of Object.entries(recorded)) {
    if (!(name in now)) return `${name} is missing`;
    if (now[name] !== entry) return `${name} has changed`;
  }
  for (const name of Object.keys(now)) if (!(name in recorded)) return `${name} was not written by the build`;
  return undefined;
}

/** The record left by the last successful build, or undefined (none, unreadable, or of another format). */
export function readRecord(file: string): BuildRecord | undefined {
  try {
    const record = JSON.parse(readFileSync(file, 'utf8')) as BuildRecord;
    return record.format === FORMAT ? record : undefined;
  } catch {
    return undefined;
  }
}

/** Written whole or not at all: an interrupted write leaves no record, never half of one. */
export function writeRecord(file: string, record: Omit<BuildRecord, 'format'>): void {
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, JSON.stringify({ format: FORMAT, ...record }));
  renameSync(temporary, file);
}

export function removeRecord(file: string): void {
  rmSync(file, { force: true });
}
