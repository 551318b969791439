import { isLocale, localeCodes, sourceLocale, type Locale } from './locales';
import { ContentError } from '../lib/errors';

/** A namespace's strings: nested objects of strings, as translators write them. */
export interface StringTree {
  [key: string]: string | StringTree;
}
export type Resources = Record<Locale, Record<string, StringTree>>;

/** Raw file contents keyed by a project-relative path such as "locales/uk/common.json". */
export type RawLocaleFiles = Record<string, string>;

const LOCALE_FILE = /^locales\/([^/]+)\/([^/]+)\.json$/;

/**
 * Parses and validates every UI string file. Errors name the file and what to do,
 * because a translator editing JSON by hand is the usual author here.
 */
export function parseResources(files: RawLocaleFiles): Resources {
  const resources = Object.fromEntries(localeCodes.map((l) => [l, {}])) as Resources;
  for (const [path, raw] of Object.entries(files).sort(([a], [b]) => a.localeCompare(b))) {
    const match = LOCALE_FILE.exec(path);
    if (!match) continue;
    const [, folder, namespace] = match as unknown as [string, string, string];
    if (!isLocale(folder)) {
      throw new ContentError({
        file: path,
        message: `UI strings are in a folder named "${folder}", which is not a language of this site.`,
        hint: `Use one of ${localeCodes.map((l) => `locales/${l}/`).join(', ')}, or add "${folder}" to src/i18n/locales.ts.`,
      });
    }
    let data: unknown;
    try {
      data = JSON.parse(raw);
    } catch (error) {
      const { reason, line, column } = jsonProblem((error as Error).message, raw);
      throw new ContentError({
        file: path,
        field: line ? `line ${line}, column ${column}` : undefined,
        message: `is not valid JSON: ${reason}.`,
        hint: 'Look for a missing comma or quote on that line or the one before it, or a comma after the last entry.',
      });
    }
    assertStringTree(data, path, '');
    resources[folder][namespace] = data;
  }
  if (Object.keys(resources[sourceLocale]).length === 0) {
    throw new ContentError({
      file: `locales/${sourceLocale}/`,
      message: 'has no UI string files.',
      hint: `English is the source of UI keys: add locales/${sourceLocale}/common.json.`,
    });
  }
  return resources;
}

/** V8 says "… in JSON at position 42" (Node 22 adds "(line 3 column 5)"); editors want a line. */
function jsonProblem(message: string, raw: string): { reason: string; line?: number; column?: number } {
  const position = /\s+in JSON at position (\d+)(?: \(line \d+ column \d+\))?$/.exec(message);
  if (!position) return { reason: message };
  const before = raw.slice(0, Number(position[1]));
  const lines = before.split('\n');
  return {
    reason: message.slice(0, position.index),
    line: lines.length,
    column: lines[lines.length - 1]!.length + 1,
  };
}

function assertStringTree(value: unknown, file: string, keyPath: string): asserts value is StringTree {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new ContentError({
      file,
      field: keyPath || undefined,
      message: `must be an object of strings, not ${JSON.stringify(value)}.`,
      hint: 'UI strings are nested objects whose leaves are strings, e.g. { "search": { "label": "Search" } }.',
    });
  }
  for (const [key, child] of Object.entries(value)) {
    const childPath = keyPath ? `${keyPath}.${key}` : key;
    if (typeof child !== 'string') assertStringTree(child, file, childPath);
  }
}

/** Flattens a namespace into dotted keys: { a: { b: "x" } } → { "a.b": "x" }. */
export function flattenKeys(tree: StringTree, prefix = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out[path] = value;
    else Object.assign(out, flattenKeys(value, path));
  }
  return out;
}
