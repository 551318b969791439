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
