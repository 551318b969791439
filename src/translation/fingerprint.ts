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
  text: string;
}

export const INTRODUCTION = '(introduction)';
export const TITLE_AND_SUMMARY = '(title and summary)';

/** Splits a Markdown/MDX body at `##` headings (not inside fenced code). */
export function splitSections(body: string): Section[] {
  const sections: Section[] = [{ heading: INTRODUCTION, text: '' }];
  let fenced = false;
  for (const line of body.split(/\r?\n/)) {
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
    const heading = !fenced && /^##\s+(.+?)\s*#*\s*$/.exec(line);
    if (heading) sections.push({ heading: heading[1]!, text: '' });
    else sections.at(-1)!.text += `${line}\n`;
  }
  return sections.filter((s, i) => i > 0 || s.text.trim() !== '');
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
  for (const section of splitSections(source.body)) sections[section.heading] = hashText(section.text);
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
