import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { localeInfo, localeParam } from '../../i18n/locales';
import { newestDay } from '../../schemas/changes';
import { absoluteUrl, paths } from '../../i18n/routing';
import { useTranslations } from '../../i18n/ui';
import { explainersIn } from '../../lib/pages/explainers';
import { feedDescription } from '../../lib/pages/feed-text';
import { siteName } from '../../lib/pages/site-config';
import { localePaths } from '../../lib/pages/static-paths';

export const getStaticPaths = localePaths;

/** One feed per language: only explainers really written in it, newest first. */
export const GET: APIRoute = async ({ params, site }) => {
  const locale = localeParam(params.locale);
  const t = useTranslations(locale);
  const translated = (await explainersIn(locale)).filter((item) => !item.isFallback);
  return rss({
    title: `${siteName(locale)}: ${t('home.title')}`,
    description: feedDescription(t('site.tagline')),
    site: absoluteUrl(paths.home(locale), site!),
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData:
      `<language>${localeInfo(locale).lang}</language>` +
      `<atom:link href="${absoluteUrl(paths.feed(locale), site!)}" rel="self" type="application/rss+xml"/>`,
    items: translated
      .map(({ entry, slug }) => ({
        title: entry.data.title,
        description: feedDescription(entry.data.summary),
        link: absoluteUrl(paths.explainer(locale, slug), site!),
        // A correction or update brings the item back to the top of feed readers.
        pubDate: new Date(
          `${newestDay(entry.data.published, ...(entry.data.changes ?? []).map((c) => c.date))}T00:00:00Z`,
        ),
      }))
      .sort((a, b) => b.pubDate.getTime() - a.pubDate.getTime()),
  });
};
