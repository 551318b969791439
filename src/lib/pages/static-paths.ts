import { localeCodes, type Locale } from '../../i18n/locales';
import { paths } from '../../i18n/routing';
import { requestCards, type CardRequest } from './card-requests';
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
  // Every card the site should have goes to the build's card step, drawn while pages render.
  await requestCards(socialCardList);
  return paths.flat();
}

/**
 * A social card per explainer in each language it is really written in; fallback pages
 * show the original's. The build draws them in its own step, not as pages.
 */
export async function socialCardList(): Promise<(CardRequest & { locale: Locale; slug: string })[]> {
  if (!socialCards) return [];
  const [explainers, facts] = await Promise.all([getExplainers(), getSharedFacts()]);
  return [...explainers.values()].flatMap((explainer) =>
    availableLocales(explainer).map((locale) => {
      const item = localize(explainer, locale);
      const text = cardText(item, facts);
      const file = paths.card(locale, explainer.slug);
      const source = item.entry.filePath ?? item.entry.id;
      return { locale, slug: explainer.slug, file, text, key: cardCacheKey(text), source };
    }),
  );
}

/** The cards as pages: the dev server draws one when it is asked for (src/integrations/dev-card-route.ts). */
export async function cardPaths() {
  return (await socialCardList()).map(({ locale, slug, text }) => ({
    params: { locale, slug },
    props: { card: text },
  }));
}

/** A page per record of a shared collection in every locale: who's who and topics. */
export async function recordPaths(collection: 'people' | 'organisations' | 'topics') {
  const ids = [...(await getSharedFacts())[collection].keys()];
  return ids.flatMap((id) => localeCodes.map((locale) => ({ params: { locale, id } })));
}
