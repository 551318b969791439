import { load as parseYaml } from 'js-yaml';
import type { z } from 'astro/zod';
import { localeCodes, sourceLocale } from '../../i18n/locales';
import { ContentError, didYouMean } from '../errors';

/** A shared collection's schema: an object of fields with an `id`. */
type RecordSchema = z.ZodObject<z.ZodRawShape>;

/**
 * Parses a shared collection file (a YAML list of records) and validates every record,
 * reporting the first problem as `file → id.field: message` with a hint. Dates stay the
 * text the editor wrote (YAML 1.2 core schema), so 2020-02-31 is an error, not 2 March.
 */
export function parseRecords<S extends RecordSchema>(text: string, file: string, schema: S): z.infer<S>[] {
  let data: unknown;
  try {
    data = parseYaml(text);
  } catch (error) {
    throw new ContentError({
      file,
      message: `is not valid YAML: ${(error as Error).message.split('\n')[0]}.`,
      hint: 'Check the indentation near that line, and quote text that contains a colon or starts with a quote mark.',
    });
  }
  if (!Array.isArray(data)) {
    throw new ContentError({
      file,
      message: 'must be a list of records.',
      hint: 'Start each record with "- id: …", e.g. "- id: kuleba".',
    });
  }
  const seen = new Set<string>();
  return data.map((record: unknown, index) => {
    const id = (record as { id?: unknown } | null)?.id;
    const label = typeof id === 'string' && id ? id : `record ${index + 1}`;
    if (typeof id === 'string' && seen.has(id)) {
      throw new ContentError({
        file,
        field: `${id}.id`,
        message: `"${id}" is the id of an earlier record too.`,
        hint: 'Ids must be unique within a file: rename one of them, or merge the two records.',
      });
    }
    if (typeof id === 'string') seen.add(id);
    const result = schema.safeParse(record);
    if (!result.success) {
      // A misspelt field also makes the real one "missing": the spelling is the cause to report.
      const issues = result.error.issues;
      const issue = issues.find((i) => i.code === 'unrecognized_keys') ?? issues[0]!;
      throw recordError(issue, record, file, label, schema);
    }
    return result.data;
  });
}

function recordError(issue: z.core.$ZodIssue, record: unknown, file: string, label: string, schema: RecordSchema) {
  const path = issue.path.map(String);
  const value = path.reduce<unknown>((at, key) => (at as Record<string, unknown> | undefined)?.[key], record);
  if (issue.code === 'unrecognized_keys') {
    const key = issue.keys[0]!;
    return new ContentError({
      file,
      field: [label, ...path, key].join('.'),
      message: 'is not a field of this record.',
      hint:
        path.length === 0
          ? `${didYouMean(key, Object.keys(schema.shape))} Known fields: ${Object.keys(schema.shape).join(', ')}.`
          : /^[a-z]{2,3}$/.test(key)
            ? `Texts take one key per language of the site: ${localeCodes.join(', ')}.`
            : `The other records in ${file} show the expected shape.`,
    });
  }
  return new ContentError({
    file,
    field: [label, ...path].join('.'),
    message:
      value === undefined
        ? 'is required but missing.'
        : issue.code === 'custom'
          ? `${issue.message}.`
          : `${JSON.stringify(value)} is not valid: ${issue.message}.`,
    hint: hintFor(issue, path, file, value),
  });
}

function hintFor(issue: z.core.$ZodIssue, path: string[], file: string, value: unknown): string {
  const field = path.at(-1);
  if (field === sourceLocale) return 'Every text needs English; the other languages fall back to it until translated.';
  if (field === 'credit')
    return 'Credit the author and the agency in every language, e.g. { en: "Photo: Jane Doe / Reuters" }; only rights own, public-domain and cc0 need none.';
  if (field === 'date') return 'Check the day and the month: the date must exist on the calendar.';
  if (field === 'url' && issue.code === 'custom' && issue.params?.['mirror'])
    return 'Write the address as readers open it in a browser, e.g. https://d123.cloudfront.net/mirror-7/.';
  if (field === 'url') return 'Write the full address, starting with https:// (or mailto: for an e-mail address).';
  if (issue.code === 'invalid_format' && issue.format === 'regex' && typeof value === 'string') {
    const suggestion = value
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '');
    return `Rename it${suggestion ? `, e.g. "${suggestion}"` : ''}; other files refer to records by id.`;
  }
  return `The other records in ${file} show the expected shape.`;
}
