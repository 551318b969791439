/** A string as serialised by clientStrings(): plain, or one per plural category. */
export type ClientString = string | Partial<Record<Intl.LDMLPluralRule, string>>;

/**
 * Fills i18next-style placeholders ("{{query}}", "{{count, number}}") on the client.
 * The result is always set with textContent, never parsed as HTML.
 */
export function formatClientString(
  value: ClientString,
  lang: string,
  vars: Record<string, string | number> = {},
): string {
  const template =
    typeof value === 'string'
      ? value
      : (value[new Intl.PluralRules(lang).select(Number(vars.count ?? 0))] ?? value.other ?? '');
  return template.replace(/\{\{\s*(\w+)(?:\s*,\s*number)?\s*\}\}/g, (_, name: string) => {
    const v = vars[name];
    return typeof v === 'number' ? new Intl.NumberFormat(lang).format(v) : String(v ?? '');
  });
}
