import { z } from 'astro/zod';
import { idSchema, localizedTextSchema } from './common';

/**
 * Another address the same dist/ is served at: a CDN bucket, a Collateral Freedom copy,
 * an onion service. The address is the folder the site's root is at, so it ends with "/".
 */
export const mirrorUrlSchema = z.url().superRefine((value, ctx) => {
  const url = new URL(value);
  const onion = url.hostname.endsWith('.onion');
  if (url.protocol !== 'https:' && !(onion && url.protocol === 'http:'))
    ctx.addIssue({
      code: 'custom',
      params: { mirror: true },
      message: `"${value}" must start with https:// (only an .onion address may use http://)`,
    });
  else if (!url.pathname.endsWith('/') || url.search || url.hash)
    ctx.addIssue({
      code: 'custom',
      params: { mirror: true },
      message: `"${value}" must be the folder the site is served from, ending with "/", e.g. "${url.origin}${url.pathname.replace(/\/?$/, '/')}"`,
    });
});

/** One record of content/mirrors.yaml. */
export const mirrorSchema = z
  .object({
    id: idSchema,
    url: mirrorUrlSchema,
    /** What a reader should know about this address ("works without a VPN", "Tor Browser only"). */
    note: localizedTextSchema.optional(),
  })
  .strict();

export type Mirror = z.infer<typeof mirrorSchema>;
