import { localeCodes } from '../../i18n/locales';
import { cardText } from './explainer-card';
import { socialCards } from './site-config';
import { availableLocales, getExplainers, localize } from './explainers';
import { cardCacheKey, explainerCacheKey } from './page-cache-key';
import { getSharedFacts } from './shared-facts';

/** One page per locale, for every `[locale]` route. */
export function localePaths() {
  return localeCodes.map((locale) => ({ params: { locale } }));
}

/** Every explainer in every locale: a missing translation still gets a page (a marked fallback). */
export async function explainerPaths() {
  const explainers = await getExplainers();
  const paths = await Promise.all(
    [...explainers.values()].map(async (explainer) => {
      // One key for the explainer's pages in every language: each shows all its translations.
      const cacheKey = await explainerCacheKey(explainer);
      return localeCodes.map((locale) => ({
        params: { locale, slug: explainer.slug },
        props: { item: localize(explainer, locale) },
        cacheKey,
      }));
    }),
  );
  return paths.flat();
}

/** A social card per explainer in each language it is really written in; fallback pages show the original's. */
export async function cardPaths() {
  if (!socialCards) return [];
  const [explainers, facts] = await Promise.all([getExplainers(), getSharedFacts()]);
  return [...explainers.values()].flatMap((explainer) =>
    availableLocales(explainer).map((locale) => {
      const card = cardText(localize(explainer, locale), facts);
      return { params: { locale, slug: explainer.slug }, props: { card }, cacheKey: cardCacheKey(card) };
    }),
  );
}

/** A page per record of a shared collection in every locale: who's who and topics. */
export async function recordPaths(collection: 'people' | 'organisations' | 'topics') {
  const ids = [...(await getSharedFacts())[collection].keys()];
  return ids.flatMap((id) => localeCodes.map((locale) => ({ params: { locale, id } })));
}
