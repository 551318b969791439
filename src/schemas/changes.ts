import { z } from 'astro/zod';
import { isoDaySchema, visibleTextSchema } from './common';

/** What a change to a published explainer is: a correction of a mistake, or an update with news. */
export const changeKinds = ['correction', 'update'] as const;
export type ChangeKind = (typeof changeKinds)[number];

/**
 * One entry of an explainer's optional `changes` frontmatter, written in the file's
 * own language: `{ date: 2020-10-07, kind: correction, note: "…" }`.
 */
export const changeSchema = z
  .object({
    date: isoDaySchema,
    kind: z.enum(changeKinds, { error: `must be one of ${changeKinds.map((k) => `"${k}"`).join(', ')}` }),
    note: visibleTextSchema,
  })
  .strict();

export type Change = z.infer<typeof changeSchema>;

/** The newest of the given days (YYYY-MM-DD sorts as text); undefined when none is given. */
export function newestDay(...days: readonly (string | undefined)[]): string | undefined {
  return days
    .filter((d): d is string => d !== undefined)
    .reduce<string | undefined>((a, b) => (!a || b > a ? b : a), undefined);
}

/** The day the page last changed: `published`, `updated` or a change, whichever is newest. */
export function lastModified(data: {
  published: string;
  updated?: string | undefined;
  changes?: readonly Change[] | undefined;
}): string {
  return newestDay(data.published, data.updated, ...(data.changes ?? []).map((c) => c.date))!;
}

/** The changes newest first, as the page lists them. */
export function newestFirst(changes: readonly Change[] = []): Change[] {
  return [...changes].sort((a, b) => b.date.localeCompare(a.date));
}
