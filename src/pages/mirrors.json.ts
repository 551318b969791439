import type { APIRoute } from 'astro';
import { localeCodes, localeInfo } from '../i18n/locales';
import { paths } from '../i18n/routing';
import { siteAddresses } from '../lib/pages/site-addresses';
import { siteName } from '../lib/pages/site-config';

/**
 * mirrors.json: the site's addresses for apps and readers to fetch from any of them.
 * The format is described in the README ("Mirrors and saved copies"); `format` changes
 * only when a field changes meaning. Paths are relative to the site's root at whichever
 * address the file was fetched from.
 */
export const GET: APIRoute = async () => {
  const addresses = await siteAddresses();
  const body = {
    format: 1,
    name: Object.fromEntries(localeCodes.map((locale) => [locale, siteName(locale)])),
    primary: addresses[0]!.url,
    mirrors: addresses.slice(1).map(({ id, url, note }) => ({ id, url, ...(note ? { note } : {}) })),
    languages: localeCodes.map((locale) => ({
      locale,
      lang: localeInfo(locale).lang,
      label: localeInfo(locale).label,
      home: paths.home(locale),
      read: paths.read(locale),
      feed: paths.feed(locale),
      savedCopy: paths.savedCopy(locale),
    })),
  };
  return new Response(`${JSON.stringify(body, null, 2)}\n`, { headers: { 'Content-Type': 'application/json' } });
};
