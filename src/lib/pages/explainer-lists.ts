import type { Locale } from '../../i18n/locales';
import { getBlockIndex } from './explainer-blocks';
import { explainersIn, type LocalizedExplainer } from './explainers';

/** Explainers that name a person or an organisation in a block, newest first. */
export async function explainersMentioning(
  collection: 'people' | 'organisations',
  id: string,
  locale: Locale,
): Promise<LocalizedExplainer[]> {
  const slugs = (await getBlockIndex()).mentions[collection].get(id) ?? [];
  return (await explainersIn(locale)).filter((item) => slugs.includes(item.slug));
}

/** Explainers that list a topic in any language's frontmatter, newest first. */
export async function explainersOnTopic(id: string, locale: Locale): Promise<LocalizedExplainer[]> {
  return (await explainersIn(locale)).filter((item) =>
    Object.values(item.explainer.translations).some((entry) => entry.data.topics?.includes(id)),
  );
}
