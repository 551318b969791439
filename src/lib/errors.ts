/**
 * An author's or translator's mistake, found at build time. The message names the
 * file (relative to the project), the field or line, the bad value and what to do about it.
 */
export class ContentError extends Error {
  readonly file: string;
  readonly field: string | undefined;
  // Not named `hint`: Astro prints an error's `hint` again under the message, which already ends with it.
  readonly advice: string;

  constructor(options: { file: string; field?: string | undefined; message: string; hint: string }) {
    const where = options.field ? `${options.file} → ${options.field}` : options.file;
    super(`${where}: ${options.message}\nHint: ${options.hint}`);
    this.name = 'ContentError';
    this.file = options.file;
    this.field = options.field;
    this.advice = options.hint;
  }
}

/** Up to three known values closest to `value`, for "did you mean" hints. */
export function nearMatches(value: string, known: Iterable<string>, max = 3): string[] {
  const scored = [...known]
    .map((candidate) => ({ candidate, distance: editDistance(value.toLowerCase(), candidate.toLowerCase()) }))
    .filter(({ candidate, distance }) => distance <= Math.max(2, Math.floor(candidate.length / 2)))
    .sort((a, b) => a.distance - b.distance || a.candidate.localeCompare(b.candidate));
  return scored.slice(0, max).map(({ candidate }) => candidate);
}

export function didYouMean(value: string, known: Iterable<string>): string {
  const list = [...known];
  const near = nearMatches(value, list);
  if (near.length > 0) return `Did you mean ${near.map((n) => `"${n}"`).join(' or ')}?`;
  return list.length > 0
    ? `Known values: ${list
        .slice(0, 12)
        .map((n) => `"${n}"`)
        .join(', ')}${list.length > 12 ? ', …' : ''}.`
    : 'There are no known values yet.';
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length]!;
}

/**
 * Every mistake of one kind found in a file, reported at once so that a translator can
 * fix them together: the messages one after another, each with its hint.
 */
export class ContentErrors extends ContentError {
  // Not named `errors`: Astro prints only the first of an `errors` list, as it does for esbuild's.
  readonly problems: readonly ContentError[];

  constructor(errors: readonly [ContentError, ...ContentError[]]) {
    const [first] = errors;
    super({ file: first.file, field: first.field, message: '', hint: first.advice });
    this.message = errors.map((error) => error.message).join('\n');
    this.problems = errors;
  }
}
