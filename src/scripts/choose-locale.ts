import { bestLocale, rememberLocale, rememberedLocale } from './locale-preference';

// Only "/" runs this: send a returning reader to their language, a new one to the
// best match of the browser's languages. The links work without it.
const links = [...document.querySelectorAll<HTMLAnchorElement>('a[data-locale]')];
const supported = links.map((a) => a.dataset.locale!);

for (const link of links) link.addEventListener('click', () => rememberLocale(link.dataset.locale!));

const remembered = rememberedLocale();
const target =
  (remembered && supported.includes(remembered) ? remembered : undefined) ??
  bestLocale(navigator.languages ?? [navigator.language], supported);
const href = links.find((a) => a.dataset.locale === target)?.href;
if (href) location.replace(href);
