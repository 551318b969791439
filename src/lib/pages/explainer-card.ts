import options from 'virtual:tlumach/config';
import { localeInfo } from '../../i18n/locales';
import { creditOptional } from '../../schemas/shared';
import type { LocalizedExplainer } from './explainers';
import type { SharedFacts } from './facts';
import { resolvePicture } from './pictures';
import { siteName } from './site-config';
import type { CardText } from './social-card';

/**
 * What an explainer's card shows in the language it is written in: its own title and
 * summary, and its lead picture if it has one (with the credit line, when the shared
 * record's rights require one wherever the picture is shown).
 */
export function cardText(item: LocalizedExplainer, facts: SharedFacts): CardText {
  const { title, summary, image } = item.entry.data;
  const text: CardText = {
    title,
    summary,
    siteName: siteName(item.contentLocale),
    lang: localeInfo(item.contentLocale).lang,
    accent: options.accent.light,
  };
  if (!image) return text;
  const { images, pictures } = item.entry.data.computed;
  const lead = resolvePicture(image, {
    images,
    pictures,
    facts,
    locale: item.contentLocale,
    file: item.entry.filePath ?? item.entry.id,
  });
  // The hash is what the card's cache key needs: a replaced picture draws the card again.
  text.picture = { path: lead.file.path, hash: lead.file.hash };
  const record = image.media === undefined ? undefined : facts.media.get(image.media);
  if (record && !creditOptional.includes(record.rights) && lead.credit) text.credit = lead.credit.text;
  return text;
}
