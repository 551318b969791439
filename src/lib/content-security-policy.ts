/**
 * THE Content-Security-Policy of the site, in one place: the build writes it into
 * dist/_headers (src/integrations/headers.ts) for hosts that read that file, and every
 * page carries it as <meta http-equiv="Content-Security-Policy"> for hosts that send no
 * headers at all (GitHub Pages, S3, a plain nginx).
 *
 * Our own files only; no inline script or style anywhere (the one
 * <script type="application/ld+json"> per explainer is data that browsers never run,
 * outside script-src); 'wasm-unsafe-eval' is what Pagefind's WebAssembly needs and
 * worker-src 'self' its worker.
 */
const directives: Record<string, readonly string[]> = {
  'default-src': ["'self'"],
  'script-src': ["'self'", "'wasm-unsafe-eval'"],
  'style-src': ["'self'"],
  'img-src': ["'self'"],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'worker-src': ["'self'"],
  'manifest-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
};

/** What a <meta> policy cannot carry: browsers ignore these there (and say so in the console). */
const HEADER_ONLY = new Set(['frame-ancestors', 'report-uri', 'report-to', 'sandbox']);

const format = (names: string[]) => names.map((name) => `${name} ${directives[name]!.join(' ')}`).join('; ');

/** The policy as a response header sends it. */
export const contentSecurityPolicy = format(Object.keys(directives));

/** The same policy without the directives only a header can carry, for the <meta> tag. */
export const metaContentSecurityPolicy = format(Object.keys(directives).filter((name) => !HEADER_ONLY.has(name)));
