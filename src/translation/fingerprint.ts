import { createHash } from 'node:crypto';

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

export function fingerprint(source: { title: string; summary: string; body: string }): Fingerprint {
  const sections: Record<string, string> = { [TITLE_AND_SUMMARY]: hashText(`${source.title}\n${source.summary}`) };
  for (const section of splitSections(source.body)) sections[section.heading] = hashText(section.text);
  return { hash: hashText(Object.values(sections).join(' ')), sections };
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
