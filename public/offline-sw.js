// The offline reader's service worker. It is registered only when a reader saves a
// language ("Save … for offline reading", src/scripts/offline-save.ts, which also does
// the downloading); until then no page fetches it. It serves the saved languages from
// Cache Storage and everything else from the network. Every address is resolved against
// its own scope, so one copy works at any host and sub-path.
//
// Cache names are shared with src/scripts/offline-names.ts: keep them the same.
const scope = self.registration.scope;
const INDEX = `tlumach-offline ${scope}`;

self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));

self.addEventListener('fetch', (event) => {
  const request = event.request;
  // "no-store" is how the saving code asks for the network's copy of a file.
  if (request.method !== 'GET' || request.cache === 'no-store' || !request.url.startsWith(scope)) return;
  event.respondWith(respond(request));
});

/**
 * A saved copy first: it is one consistent deploy (pages, scripts and search index
 * together), opens at once on a slow or blocked network, and is refreshed by the page
 * when a new deploy is online. The network for the rest, and a message page when a
 * page that is not saved cannot be reached.
 */
async function respond(request) {
  const saved = await savedLanguages();
  const url = new URL(request.url);
  url.hash = '';
  // Pagefind asks for its entry file with a cache-busting ?ts=; pages may carry ?q=.
  url.search = '';
  for (const { cache } of saved) {
    const hit = await (await caches.open(cache)).match(url.href);
    if (hit) return hit;
  }
  try {
    return await fetch(request);
  } catch (error) {
    if (request.mode !== 'navigate' || saved.length === 0) throw error;
    // The reader's own language if it is saved (the page they came from), else the first saved.
    const from = request.referrer.startsWith(scope) ? request.referrer.slice(scope.length).split('/')[0] : '';
    const locale = (saved.find((entry) => entry.locale === from) ?? saved[0]).locale;
    const page = url.href.slice(scope.length);
    // The root language chooser is not saved: a saved language's home is what the reader wants.
    if (page === '' || page === 'index.html') return Response.redirect(`${scope}${locale}/`, 302);
    return Response.redirect(`${scope}${locale}/not-saved/?page=${encodeURIComponent(page)}`, 302);
  }
}

/** The languages whose saving finished: {locale, cache, version, bytes, savedAt}. */
async function savedLanguages() {
  if (!(await caches.has(INDEX))) return [];
  const index = await caches.open(INDEX);
  const entries = await Promise.all((await index.keys()).map((key) => index.match(key).then((r) => r.json())));
  return entries.filter((entry) => entry?.cache);
}
