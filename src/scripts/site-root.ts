// Built scripts live in the site's _astro/ folder (Astro's build.assets), so the site's
// root is the folder above this module, wherever the site is served: the primary, a
// mirror under any sub-path. The path is a variable so that Vite leaves it to the
// browser instead of resolving it as a file at build time.
const up = '../';

/** The site's root URL as this page was served, ending with "/". */
export const siteRoot: string = new URL(up, import.meta.url).href;
