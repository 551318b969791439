import { lstatSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { load as parseYaml } from 'js-yaml';
import { isLocale, localeCodes, type Locale } from '../../i18n/locales';
import { explainerSchema, type ExplainerData } from '../../schemas/explainer';
import { isRealDay, MAX_SLUG_LENGTH, SLUG_PATTERN } from '../../schemas/common';
import { ContentError } from '../errors';
import { readContentFile, refuseSymlink } from './read-content';
import { IMAGE_EXTENSIONS, isImageFileName } from './image-files';

export interface ExplainerFile {
  slug: string;
  locale: Locale;
  /** Relative to the project root, for messages. */
  file: string;
}

const localeList = localeCodes.map((l) => `${l}.mdx`).join(', ');

/**
 * Walks content/explainers and checks what the content contract promises before
 * Astro sees a file: folder names are slugs, file names are locales, and dates are
 * real days (YAML would silently turn 2020-02-31 into 2 March).
 */
export function scanExplainers(
  root: string,
  projectRoot: string,
  options: { frontmatter: boolean } = { frontmatter: true },
): ExplainerFile[] {
  const found: ExplainerFile[] = [];
  const rel = (path: string) => relative(projectRoot, path).split('\\').join('/');
  let folders: string[];
  try {
    folders = readdirSync(root).sort();
  } catch {
    return found;
  }
  refuseSymlink(root, rel(root));
  checkCaseCollisions(folders, (folder) => rel(join(root, folder)));
  for (const folder of folders) {
    const dir = join(root, folder);
    if (folder.startsWith('.')) continue;
    refuseSymlink(dir, rel(dir));
    if (!lstatSync(dir).isDirectory()) {
      throw new ContentError({
        file: rel(dir),
        message: 'is a file directly in content/explainers; explainers are folders.',
        hint: `Move it to content/explainers/<slug>/<locale>.mdx, with <locale> one of ${localeList}.`,
      });
    }
    if (!SLUG_PATTERN.test(folder)) {
      throw new ContentError({
        file: rel(dir),
        message: `"${folder}" is not a valid explainer slug.`,
        hint: `Rename the folder to lowercase ASCII words joined by "-", e.g. "${suggestSlug(folder)}".`,
      });
    }
    if (folder.length > MAX_SLUG_LENGTH) {
      throw new ContentError({
        file: rel(dir),
        message: `the slug has ${folder.length} characters; explainer slugs have at most ${MAX_SLUG_LENGTH}.`,
        hint: `Shorten the folder name to a few words, e.g. "${folder.slice(0, 40).replace(/-[^-]*$/, '')}"; it is the explainer's URL.`,
      });
    }
    for (const name of readdirSync(dir).sort()) {
      // Pictures sit beside the text that shows them; the loader checks the ones a file names.
      if (name.startsWith('.') || isImageFileName(name)) continue;
      const path = join(dir, name);
      refuseSymlink(path, rel(path));
      const match = /^(.+)\.mdx?$/.exec(name);
      const locale = match?.[1];
      if (!locale || !name.endsWith('.mdx') || !isLocale(locale)) {
        throw new ContentError({
          file: rel(path),
          message: locale
            ? `is written in "${locale}", which is not a language of this site.`
            : 'is not an explainer file or a picture.',
          hint: locale
            ? `Rename it to one of ${localeList}, or add "${locale}" to src/i18n/locales.ts.`
            : `An explainer folder holds ${localeList} and pictures (${IMAGE_EXTENSIONS.map((e) => `.${e}`).join(', ')}); move anything else out.`,
        });
      }
      found.push({ slug: folder, locale, file: rel(path) });
      if (options.frontmatter) checkFrontmatter(readContentFile(path), rel(path));
    }
  }
  return found;
}

/** "eu-sanctions" and "EU-Sanctions" are one folder on macOS and Windows: a checkout would lose one. */
function checkCaseCollisions(folders: readonly string[], path: (folder: string) => string): void {
  const seen = new Map<string, string>();
  for (const folder of folders) {
    const other = seen.get(folder.toLowerCase());
    if (other) {
      const [keep, rename] = SLUG_PATTERN.test(other) ? [other, folder] : [folder, other];
      throw new ContentError({
        file: path(rename),
        message: `"${rename}" and "${keep}" differ only by case; on macOS and Windows they are the same folder.`,
        hint: `Move the files of "${rename}" into "${keep}" (one folder per explainer, one file per language).`,
      });
    }
    seen.set(folder.toLowerCase(), folder);
  }
}

function suggestSlug(name: string): string {
  return (
    name
      .normalize('NFKD')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'my-explainer'
  );
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

/** Frontmatter text, body, and the file line the body starts on (for messages). */
export function splitFrontmatter(source: string): { yaml: string; body: string; bodyLine: number } {
  const match = FRONTMATTER.exec(source);
  if (!match) return { yaml: '', body: source, bodyLine: 1 };
  return { yaml: match[1] ?? '', body: source.slice(match[0].length), bodyLine: match[0].split('\n').length };
}

/** Validates frontmatter with the collection schema, reporting each problem as file → field. */
export function checkFrontmatter(source: string, file: string): Record<string, unknown> {
  const block = FRONTMATTER.exec(source);
  if (!block) {
    throw new ContentError({
      file,
      message: 'has no frontmatter.',
      hint: 'Start the file with a block between "---" lines holding title, summary and published (YYYY-MM-DD).',
    });
  }
  const raw = block[1] ?? '';
  let data: unknown;
  try {
    data = parseYaml(raw) ?? {};
  } catch (error) {
    throw new ContentError({
      file,
      message: `has frontmatter that is not valid YAML: ${(error as Error).message.split('\n')[0]}.`,
      hint: 'Quote values that contain a colon, e.g. title: "Kuleba: Ukraine joins sanctions".',
    });
  }
  // YAML rolls impossible dates over (2020-02-31 → 2020-03-02), so read the text as written.
  for (const field of ['published', 'updated']) {
    // Spaces and tabs only: an empty field must not take the next line ("topics:") as its value.
    const written = new RegExp(`^${field}:[ \\t]*["']?([^"'\\s#]+)`, 'm').exec(raw)?.[1];
    if (written && !isRealDay(written)) {
      throw new ContentError({
        file,
        field,
        message: `"${written}" is not a real date.`,
        hint: 'Write the date as YYYY-MM-DD, e.g. 2020-10-02.',
      });
    }
  }
  const result = explainerSchema.safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const field = issue.path.join('.') || (issue.code === 'unrecognized_keys' ? issue.keys.join(', ') : '');
    const value = issue.path.length > 0 ? valueAt(data, issue.path) : undefined;
    const inChanges = issue.path[0] === 'changes';
    const inImage = issue.path[0] === 'image';
    throw new ContentError({
      file,
      field,
      message:
        issue.code === 'unrecognized_keys'
          ? `is not a ${inChanges ? 'field of a change' : 'frontmatter field of explainers'}.`
          : value === undefined
            ? issue.code === 'custom'
              ? `${issue.message}.`
              : 'is required but missing.'
            : value === null
              ? 'is empty.'
              : issue.path.at(-1) === 'date' && issue.code === 'custom'
                ? `${JSON.stringify(value)} is not a real date.`
                : `${JSON.stringify(value)} is not valid: ${issue.message}.`,
      hint: inChanges
        ? CHANGE_HINT
        : inImage
          ? IMAGE_HINT
          : issue.code === 'unrecognized_keys'
            ? `Known fields: ${Object.keys(explainerSchema.shape).join(', ')}. Check the spelling.`
            : 'Every explainer needs title (text), summary (one or two sentences) and published (YYYY-MM-DD).',
    });
  }
  checkChangeDates(result.data, file);
  return data as Record<string, unknown>;
}

const IMAGE_HINT =
  'The lead picture is { src: ./file.jpg (beside this file), alt: what it shows, in this language; caption and credit optional } or { media: an id in content/media.yaml }.';

const CHANGE_HINT =
  'Each change is { date: YYYY-MM-DD, on or after published; kind: correction or update; note: what changed, in the language of the file }.';

/** A correction cannot predate what it corrects. */
function checkChangeDates(data: ExplainerData, file: string): void {
  const index = (data.changes ?? []).findIndex((change) => change.date < data.published);
  if (index < 0) return;
  throw new ContentError({
    file,
    field: `changes.${index}.date`,
    message: `"${data.changes![index]!.date}" is before the explainer was published ("${data.published}").`,
    hint: `Check the year and month; ${CHANGE_HINT.charAt(0).toLowerCase()}${CHANGE_HINT.slice(1)}`,
  });
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>(
    (value, key) =>
      value !== null && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined,
    data,
  );
}
