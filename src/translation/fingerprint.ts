import { createHash } from 'node:crypto';
import type { Change } from '../schemas/changes';

/** What a translation was made from: a hash of the whole source and one per section. */
export interface Fingerprint {
  hash: string;
  sections: Record<string, string>;
}

export interface Section {
  /** The `##` heading as written in the source; the text before the first one is the introduction. */
  heading: string;
  /** The section's name in a fingerprint: unique within the file, never one of the parenthesised keys. */
  key: string;
  text: string;
}

export const INTRODUCTION = '(introduction)';
export const TITLE_AND_SUMMARY = '(title and summary)';

/** Splits a Markdown/MDX body at `##` headings (not inside fenced code). */
export function splitSections(body: string): Section[] {
  const sections: Section[] = [{ heading: INTRODUCTION, key: INTRODUCTION, text: '' }];
  const keys = new Set([INTRODUCTION]);
  let fenced = false;
  for (const line of body.split(/\r?\n/)) {
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
    const heading = fenced ? undefined : headingText(line);
    if (heading === undefined) sections.at(-1)!.text += `${line}\n`;
    else sections.push({ heading, key: sectionKey(heading, keys), text: '' });
  }
  return sections.filter((s, i) => i > 0 || s.text.trim() !== '');
}

/**
 * A section is named by its heading, so a translator finds it in the source. A heading
 * written like one of our own parts ("(introduction)") is named "## (introduction)",
 * and a repeated heading gets " #2", " #3": each section keeps a key of its own.
 */
function sectionKey(heading: string, keys: Set<string>): string {
  const base = /^\(.*\)$/.test(heading) ? `## ${heading}` : heading;
  let key = base;
  for (let n = 2; keys.has(key); n++) key = `${base} #${n}`;
  keys.add(key);
  return key;
}

/**
 * The text of a `## ` heading line without its closing run of `#`, or undefined. Read
 * without a regular expression over the rest of the line: the pattern it replaces
 * backtracked cubically on long runs of spaces.
 */
function headingText(line: string): string | undefined {
  if (!line.startsWith('##') || !/^\s/.test(line.charAt(2))) return undefined;
  let text = line.slice(3).trim();
  let end = text.length;
  while (end > 0 && text[end - 1] === '#') end--;
  if (end < text.length && (end === 0 || /\s/.test(text.charAt(end - 1)))) text = text.slice(0, end).trimEnd();
  return text === '' ? undefined : text;
}

/** Short, stable hash of text; whitespace-only edits do not count as changes. */
export function hashText(text: string): string {
  return createHash('sha256').update(text.replace(/\s+/g, ' ').trim()).digest('hex').slice(0, 8);
}

/**
 * Title and summary, each `##` section, and each change (correction or update) count as
 * parts: a translation made before a change was added is outdated, and the status names it.
 * An explainer without changes keeps the fingerprint it had before changes existed.
 */
export function fingerprint(source: {
  title: string;
  summary: string;
  body: string;
  changes?: readonly Change[] | undefined;
}): Fingerprint {
  const sections: Record<string, string> = { [TITLE_AND_SUMMARY]: hashText(`${source.title}\n${source.summary}`) };
  for (const section of splitSections(source.body)) sections[section.key] = hashText(section.text);
  for (const [key, change] of changeParts(source.changes ?? [])) sections[key] = hashText(change.note);
  return { hash: hashText(Object.values(sections).join(' ')), sections };
}

/** "(correction 2020-10-07)", with " #2" for a second change of the same kind on the same day. */
function changeParts(changes: readonly Change[]): [string, Change][] {
  const seen = new Map<string, number>();
  return changes.map((change) => {
    const base = changeKey(change);
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    return [count > 1 ? base.replace(/\)$/, ` #${count})`) : base, change];
  });
}

export function changeKey(change: Pick<Change, 'kind' | 'date'>): string {
  return `(${change.kind} ${change.date})`;
}

/** The source's changes whose part is among `sections` (the changed parts of a fingerprint). */
export function changesIn(sections: readonly string[], changes: readonly Change[] = []): Change[] {
  const named = new Set(sections);
  return changeParts(changes)
    .filter(([key]) => named.has(key))
    .map(([, change]) => change);
}

/**
 * Source sections changed since `recorded`: edited, added or removed, named by their
 * heading in the source language (a translator opens the source and finds them).
 */
export function changedSections(recorded: Partial<Fingerprint>, current: Fingerprint): string[] {
  const before = recorded.sections ?? {};
  const changed = Object.entries(current.sections)
    .filter(([heading, hash]) => before[heading] !== hash)
    .map(([heading]) => heading);
  const removed = Object.keys(before).filter((heading) => !(heading in current.sections));
  return [...changed, ...removed];
}
