import { createHash } from 'node:crypto';
import build from 'virtual:tlumach/build';
import options from 'virtual:tlumach/config';
import { localeInfo } from '../../i18n/locales';
import type { LocalizedExplainer } from './explainers';
import { siteName } from './site-config';
import type { CardText } from './social-card';

/** What an explainer's card shows in the language it is written in: its own title and summary. */
export function cardText(item: LocalizedExplainer): CardText {
  const { title, summary } = item.entry.data;
  return {
    title,
    summary,
    siteName: siteName(item.contentLocale),
    lang: localeInfo(item.contentLocale).lang,
    accent: options.accent.light,
  };
}

/**
 * The key of a card for Astro's incremental build: the code version and the card's text,
 * nothing else, so a card is drawn again only when what it shows (or the code) changes.
 * No key without incremental builds, as for pages.
 */
export function cardCacheKey(text: CardText): string | undefined {
  if (!build.incremental) return undefined;
  return createHash('sha256')
    .update(JSON.stringify([build.codeVersion, text]))
    .digest('hex')
    .slice(0, 32);
}
