import { localeCodes } from '../i18n/locales';
import { getExplainers, localize } from './explainers';
import { getSharedFacts } from './shared-facts';

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

/** A page per record of a shared collection in every locale: who's who and topics. */
export async function recordPaths(collection: 'people' | 'organisations' | 'topics') {
  const ids = [...(await getSharedFacts())[collection].keys()];
  return ids.flatMap((id) => localeCodes.map((locale) => ({ params: { locale, id } })));
}
