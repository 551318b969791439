import { getCollection } from 'astro:content';
import { localeInfo, sourceLocale, type Locale } from '../../i18n/locales';
import { getExplainers } from './explainers';

export interface SearchTopic {
  id: string;
  label: string;
}

/**
 * The topics a reader can filter search by: those some explainer is tagged with,
 * labelled in the reader's language (English when a label is not translated yet).
 * Empty when the site has no topics, and the filter is then not shown.
 */
export function searchTopics(locale: Locale): Promise<SearchTopic[]> {
  // Every page's search dialog shows the same list: work it out once per language.
  let topics = cache.get(locale);
  if (!topics) cache.set(locale, (topics = usedTopics(locale)));
  return topics;
}

const cache = new Map<Locale, Promise<SearchTopic[]>>();

async function usedTopics(locale: Locale): Promise<SearchTopic[]> {
  const used = new Set<string>();
  for (const explainer of (await getExplainers()).values()) {
    for (const entry of Object.values(explainer.translations)) for (const id of entry?.data.topics ?? []) used.add(id);
  }
  const topics = (await getCollection('topics')).filter((t) => used.has(t.data.id));
  const collator = new Intl.Collator(localeInfo(locale).intl);
  return topics
    .map((t) => ({ id: t.data.id, label: t.data.label[locale] ?? t.data.label[sourceLocale] }))
    .sort((a, b) => collator.compare(a.label, b.label));
}
