const KEY = 'tlumach.locale';

export function rememberLocale(locale: string): void {
  try {
    localStorage.setItem(KEY, locale);
  } catch {
    // Storage can be disabled (private mode, policy); the chooser still works.
  }
}

export function rememberedLocale(): string | null {
  try {
    return localStorage.getItem(KEY);
  } catch {
    return null;
  }
}

/**
 * The best of `supported` for a browser's language list: exact tag, then primary
 * subtag ("uk-UA" → "uk"). Returns undefined when nothing matches.
 */
export function bestLocale(preferred: readonly string[], supported: readonly string[]): string | undefined {
  for (const tag of preferred) {
    const lower = tag.toLowerCase();
    const exact = supported.find((s) => s === lower);
    if (exact) return exact;
    const primary = supported.find((s) => s === lower.split('-')[0]);
    if (primary) return primary;
  }
  return undefined;
}
