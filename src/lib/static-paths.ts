import { localeCodes } from '../i18n/locales';
import { getExplainers, localize } from './explainers';

/** One page per locale, for every `[locale]` route. */
export function localePaths() {
  return localeCodes.map((locale) => ({ params: { locale } }));
}

/** Every explainer in every locale: a missing translation still gets a page (a marked fallback). */
export async function explainerPaths() {
  const explainers = await getExplainers();
  return [...explainers.values()].flatMap((explainer) =>
    localeCodes.map((locale) => ({
      params: { locale, slug: explainer.slug },
      props: { item: localize(explainer, locale) },
    })),
  );
}
