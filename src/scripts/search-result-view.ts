import { formatDate } from '../i18n/format';
import { localeInfo, type Locale } from '../i18n/locales';
import type { PagefindResultData } from './pagefind-client';

/**
 * One result as DOM: title link, date, a language label when the page is in
 * another language, and the excerpt with Pagefind's <mark>s. Built with
 * textContent only: nothing from the index or a translator is parsed as HTML.
 */
export function renderResult(data: PagefindResultData, resultLocale: Locale, pageLocale: Locale): HTMLLIElement {
  const lang = localeInfo(resultLocale).lang;
  const item = document.createElement('li');
  item.className = 'search-result';
  item.lang = lang;

  const title = document.createElement('p');
  title.className = 'search-result-title';
  const link = document.createElement('a');
  link.href = data.url;
  link.textContent = data.meta.title ?? data.url;
  title.append(link);

  const meta = document.createElement('p');
  meta.className = 'meta';
  meta.lang = localeInfo(pageLocale).lang;
  if (data.meta.date) {
    const time = document.createElement('time');
    time.dateTime = data.meta.date;
    time.textContent = formatDate(data.meta.date, pageLocale);
    meta.append(time);
  }
  if (resultLocale !== pageLocale) {
    const badge = document.createElement('span');
    badge.className = 'badge';
    badge.lang = lang;
    badge.textContent = localeInfo(resultLocale).label;
    meta.append(...(meta.childNodes.length ? [' · '] : []), badge);
  }

  const excerpt = document.createElement('p');
  excerpt.className = 'search-result-excerpt';
  excerpt.append(...excerptNodes(data.excerpt));
  item.append(title, meta, excerpt);
  return item;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'" };

/** Turns Pagefind's "a <mark>b</mark> c" (escaped text from our own pages) into text and <mark> nodes. */
export function excerptNodes(excerpt: string): Node[] {
  const decode = (s: string) => s.replace(/&(amp|lt|gt|quot|#39|#x27);/g, (_, e: string) => ENTITIES[e]!);
  return excerpt.split(/(<mark>.*?<\/mark>)/g).map((part) => {
    const marked = /^<mark>(.*)<\/mark>$/.exec(part);
    if (!marked) return document.createTextNode(decode(part));
    const mark = document.createElement('mark');
    mark.textContent = decode(marked[1]!);
    return mark;
  });
}
