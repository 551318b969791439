import { Parser } from 'htmlparser2';
import { localeCodes, localeInfo, type Locale } from '../i18n/locales';
import { indexTerms } from '../search/index-terms';

/** What Pagefind is given for one built page: never written to dist/, so readers' HTML is unchanged. */
export interface IndexablePage {
  locale: Locale;
  html: string;
  terms: string[];
}

// Elements whose text Pagefind never indexes.
const SKIPPED = new Set(['script', 'style', 'template', 'noscript', 'svg']);

/**
 * Prepares a built page for the index, or returns undefined for pages that are not
 * searchable (no data-pagefind-body: lists, search, fallbacks).
 *
 * U+02BC (ʼ) becomes ’: Pagefind drops ’ inside words but keeps ʼ, so "памʼять"
 * would not match a query typed with ' or ’. The hidden terms from indexTerms()
 * go into a searchable meta field, which never shows in excerpts.
 */
export function prepareForIndex(html: string): IndexablePage | undefined {
  if (!html.includes('data-pagefind-body')) return undefined;
  const { lang, text } = searchableText(html);
  const locale = localeCodes.find((l) => localeInfo(l).lang === lang);
  if (!locale) return undefined;
  const terms = indexTerms(text, locale);
  const meta = `<meta data-pagefind-meta="terms[content]" content="${terms.join(' ')}">`;
  const prepared = html.replaceAll('\u02bc', '\u2019').replace('</head>', `${meta}</head>`);
  return { locale, html: prepared, terms };
}

/** <html lang> and the text inside data-pagefind-body, minus data-pagefind-ignore regions. */
export function searchableText(html: string): { lang: string | undefined; text: string } {
  let lang: string | undefined;
  const parts: string[] = [];
  const stack: { inBody: boolean; ignored: boolean }[] = [{ inBody: false, ignored: false }];
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        const parent = stack.at(-1)!;
        if (name === 'html') lang = attributes.lang?.toLowerCase();
        stack.push({
          inBody: parent.inBody || 'data-pagefind-body' in attributes,
          ignored: parent.ignored || 'data-pagefind-ignore' in attributes || SKIPPED.has(name),
        });
      },
      ontext(text) {
        const current = stack.at(-1)!;
        if (current.inBody && !current.ignored) parts.push(text);
      },
      onclosetag() {
        if (stack.length > 1) stack.pop();
      },
    },
    { decodeEntities: true },
  );
  parser.end(html);
  return { lang, text: parts.join(' ') };
}
