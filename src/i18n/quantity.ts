import { sourceLocale, type Locale } from './locales';
import { formatNumber } from './format';
import { flattenKeys } from './resources';
import { resources } from './load-resources';
import { useTranslations, type UnitName } from './ui';

const NBSP = '\u00a0';

/** The units authors may name in `<Fact unit="…">`: keys of locales/en/units.json. */
export const unitNames: readonly string[] = [
  ...new Set(
    Object.keys(flattenKeys(resources[sourceLocale].units ?? {})).map((key) =>
      key.replace(/_(zero|one|two|few|many|other)$/, ''),
    ),
  ),
];

export function isUnit(name: unknown): name is UnitName {
  return typeof name === 'string' && unitNames.includes(name);
}

/**
 * "40 officials", "40 посадовців", "over 100,000 people": the number grouped for the
 * locale, the unit in the plural form i18next picks for it, the two never split by a line break.
 */
export function formatQuantity(
  value: number,
  locale: Locale,
  options: { unit?: UnitName | undefined; over?: boolean | undefined } = {},
): string {
  const t = useTranslations(locale);
  const number = formatNumber(value, locale);
  const quantity = options.unit ? `${number}${NBSP}${t(`units:${options.unit}`, { count: value })}` : number;
  return options.over ? t('blocks:fact.over', { quantity }) : quantity;
}
