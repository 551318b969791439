import { textIn } from '../../i18n/localized-text';
import type { Locale } from '../../i18n/locales';
import { withBase } from '../../i18n/routing';
import { sortByCollation } from './collation';
import type { Organisation, Person } from './facts';

/** People or organisations as WhoList.astro shows them: in the locale's alphabetical order. */
export function whoListItems(records: Iterable<Person | Organisation>, href: (id: string) => string, locale: Locale) {
  return sortByCollation(
    [...records].map((r) => ({
      href: withBase(href(r.id)),
      name: textIn(r.name, locale),
      role: textIn(r.role, locale),
    })),
    (item) => item.name.text,
    locale,
  );
}
