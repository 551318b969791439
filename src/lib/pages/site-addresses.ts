import { getCollection } from 'astro:content';
import type { LocalizedText } from '../../schemas/common';

/** An address the whole site is served at: the primary (SITE and BASE), or a mirror from content/mirrors.yaml. */
export interface SiteAddress {
  id: string;
  /** The site's root there, ending with "/". */
  url: string;
  primary: boolean;
  note?: LocalizedText | undefined;
}

/** The primary address first, then the mirrors in the order content/mirrors.yaml lists them. */
export async function siteAddresses(): Promise<SiteAddress[]> {
  const primary = new URL(import.meta.env.BASE_URL, import.meta.env.SITE).href;
  const mirrors = (await getCollection('mirrors')).map(({ data }) => ({
    id: data.id,
    url: data.url,
    primary: false,
    note: data.note,
  }));
  return [{ id: 'primary', url: primary, primary: true }, ...mirrors.filter((m) => m.url !== primary)];
}
