import { Parser } from 'htmlparser2';
import { localeCodes, localeInfo } from '../../i18n/locales';
import { indexTerms } from '../../search/index-terms';

// Elements whose text Pagefind never indexes.
const SKIPPED = new Set(['script', 'style', 'template', 'noscript', 'svg']);

/**
 * Adds the page's hidden search terms (src/search/index-terms.ts: stems for uk/be
 * inflection, name keys for Latin and Cyrillic spellings) to a searchable page as a
 * Pagefind meta field in <head>: searchable, never shown in excerpts or on the page.
 * Pages Pagefind does not index (no data-pagefind-body: lists, search, fallbacks)
 * are returned unchanged.
 */
export function withSearchTerms(html: string): string {
  if (!html.includes('data-pagefind-body')) return html;
  const { lang, text } = searchableText(html);
  const locale = localeCodes.find((l) => localeInfo(l).lang === lang);
  const headEnd = html.indexOf('</head>');
  if (!locale || headEnd === -1) return html;
  const terms = indexTerms(text, locale);
  if (terms.length === 0) return html;
  // A <meta> with content needs a name to be valid HTML.
  const meta = `<meta name="search-terms" data-pagefind-meta="terms[content]" content="${escapeAttribute(terms.join(' '))}">`;
  return `${html.slice(0, headEnd)}${meta}${html.slice(headEnd)}`;
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

function escapeAttribute(value: string): string {
  return value.replace(/[&"<>]/g, (c) => ({ '&': '&amp;', '"': '&quot;', '<': '&lt;', '>': '&gt;' })[c]!);
}
