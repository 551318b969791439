// Saving a language for offline reading, loaded by offline-boot.ts when a reader asks (or
// when this language is already saved). The page downloads the files itself, so it can
// show progress; the service worker (public/offline-sw.js) only serves what is saved.
import { offlineNames, type SavedLanguage } from './offline-names';
import { formatClientString, type ClientString } from './ui-strings';

type OfflineFile = [path: string, bytes: number, hash: string];
interface Manifest {
  locale: string;
  version: string;
  bytes: number;
  files: OfflineFile[];
}
type Versions = Record<string, { version: string; bytes: number } | undefined>;

const PARALLEL = 6;
const SERVICE_WORKER = 'offline-sw.js';

export interface OfflineControl {
  /** Shows the size it will take and asks to go on. */
  ask: () => Promise<void>;
  /** Shows what is saved and refreshes it when the site has changed. */
  resume: () => Promise<void>;
  /** Shows what is saved now (another control on the page saved or removed). */
  sync: () => Promise<void>;
}

const controls = new WeakMap<HTMLElement, OfflineControl>();

export function offlineControl(element: HTMLElement, root: string): OfflineControl {
  let control = controls.get(element);
  if (!control) controls.set(element, (control = create(element, root)));
  return control;
}

function create(element: HTMLElement, root: string): OfflineControl {
  const locale = element.dataset.locale!;
  const lang = document.documentElement.lang;
  const names = offlineNames(root);
  const strings = JSON.parse(element.dataset.strings ?? '{}') as Record<string, ClientString>;
  const text = (key: string, vars?: Record<string, string | number>) =>
    formatClientString(strings[key] ?? '', lang, vars);
  const part = <T extends HTMLElement>(name: string) => element.querySelector<T>(`[data-offline-${name}]`)!;
  const [start, confirm, size, yes, cancel, progress, done, status, remove] = [
    part<HTMLButtonElement>('start'),
    part('confirm'),
    part('size'),
    part<HTMLButtonElement>('yes'),
    part<HTMLButtonElement>('cancel'),
    part<HTMLProgressElement>('progress'),
    part('done'),
    part('status'),
    part<HTMLButtonElement>('remove'),
  ];
  const formats = JSON.parse(element.dataset.formats ?? '{}') as { months: string[]; decimal: string };
  const megabytes = (bytes: number) =>
    text('offline.megabytes', {
      size: Math.max(bytes / 1e6, 0.1)
        .toFixed(1)
        .replace('.', formats.decimal),
    });
  const day = (date: Date) =>
    formats.months[date.getMonth()]!.replace('{d}', String(date.getDate())).replace('{y}', String(date.getFullYear()));
  const show = (state: 'idle' | 'asking' | 'saving' | 'saved') => {
    start.hidden = state !== 'idle';
    confirm.hidden = state !== 'asking';
    progress.hidden = done.hidden = state !== 'saving';
    remove.hidden = state !== 'saved';
  };
  let busy = false;
  // Other controls on this page show the same language: tell them when it changes.
  const others = () => [...document.querySelectorAll<HTMLElement>('[data-offline]')].filter((e) => e !== element);
  const changed = () => others().forEach((other) => void offlineControl(other, root).sync());

  const url = (path: string) => new URL(path.replace(/(^|\/)index\.html$/, '$1'), root).href;
  const network = (path: string) => fetch(url(path), { cache: 'no-store' });
  const readSaved = async (): Promise<SavedLanguage | undefined> =>
    (await caches.has(names.index))
      ? (await (await caches.open(names.index)).match(names.savedKey(locale)))?.json()
      : undefined;

  const showSaved = (saved: SavedLanguage) => {
    show('saved');
    status.textContent = text('offline.saved', {
      language: element.dataset.language ?? locale,
      date: day(new Date(saved.savedAt)),
      size: megabytes(saved.bytes),
    });
  };

  /** Downloads a version into its own cache (unchanged files are copied from the saved one), then switches to it. */
  async function save(previous: SavedLanguage | undefined): Promise<void> {
    busy = true;
    show('saving');
    status.textContent = text(previous ? 'offline.updating' : 'offline.saving', { done: '', total: '' });
    try {
      const manifest = (await (await network(`offline/${locale}.json`)).json()) as Manifest;
      const { quota, usage } = (await navigator.storage?.estimate?.()) ?? {};
      if (quota !== undefined && quota - (usage ?? 0) < manifest.bytes) {
        show(previous ? 'saved' : 'idle');
        status.textContent = text('offline.noSpace', { size: megabytes(manifest.bytes) });
        return;
      }
      void navigator.storage?.persist?.();
      const old = previous && (await caches.open(previous.cache));
      const oldManifest = (await old?.match(url(`offline/${locale}.json`))?.then((r) => r?.json())) as
        Manifest | undefined;
      const oldHashes = new Map(oldManifest?.files.map(([path, , hash]) => [path, hash]));
      const cacheName = names.cache(locale, manifest.version);
      if (cacheName !== previous?.cache) await caches.delete(cacheName); // what an interrupted save left
      const cache = await caches.open(cacheName);
      let saved = 0;
      progress.max = manifest.bytes;
      const queue = [...manifest.files];
      const next = async (): Promise<void> => {
        for (let file = queue.shift(); file; file = queue.shift()) {
          const [path, bytes, hash] = file;
          const kept = oldHashes.get(path) === hash && (await old?.match(url(path)));
          if (kept) {
            if (cacheName !== previous?.cache) await cache.put(url(path), kept);
          } else {
            const response = await network(path);
            if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
            // A host's redirect (…/index.html → …/) must not reach a navigation from the cache.
            await cache.put(url(path), response.redirected ? new Response(await response.blob(), response) : response);
          }
          saved += bytes;
          progress.value = saved;
          done.textContent = text('offline.saving', { done: megabytes(saved), total: megabytes(manifest.bytes) });
        }
      };
      await Promise.all(Array.from({ length: PARALLEL }, next));
      await cache.put(url(`offline/${locale}.json`), new Response(JSON.stringify(manifest)));
      const entry: SavedLanguage = {
        locale,
        version: manifest.version,
        cache: cacheName,
        bytes: manifest.bytes,
        savedAt: new Date().toISOString(),
      };
      await (await caches.open(names.index)).put(names.savedKey(locale), new Response(JSON.stringify(entry)));
      for (const name of await caches.keys())
        if (name.startsWith(names.cachePrefix(locale)) && name !== cacheName) await caches.delete(name);
      await serviceWorker();
      showSaved(entry);
      // The buttons the reader used are gone: keep the keyboard in the control (not on an update).
      changed();
      if (!previous && (document.activeElement === document.body || element.contains(document.activeElement)))
        remove.focus();
    } catch {
      show(previous ? 'saved' : 'idle');
      status.textContent = text('offline.failed');
      if (previous) showSaved(previous);
    } finally {
      busy = false;
    }
  }

  /** Registers the worker (fetched now, the first time) and waits until it serves this site. */
  async function serviceWorker(): Promise<void> {
    if (!(await navigator.serviceWorker.getRegistration(root)))
      await navigator.serviceWorker.register(new URL(SERVICE_WORKER, root), { scope: root });
    await navigator.serviceWorker.ready;
  }

  yes.addEventListener('click', () => void save(undefined));
  cancel.addEventListener('click', () => {
    show('idle');
    status.textContent = '';
    start.focus();
  });
  remove.addEventListener('click', async () => {
    for (const name of await caches.keys()) if (name.startsWith(names.cachePrefix(locale))) await caches.delete(name);
    const index = await caches.open(names.index);
    await index.delete(names.savedKey(locale));
    // Nothing left saved: no cache and no service worker stay behind.
    if ((await index.keys()).length === 0) {
      await caches.delete(names.index);
      await (await navigator.serviceWorker.getRegistration(root))?.unregister();
    }
    show('idle');
    status.textContent = text('offline.removed');
    start.focus();
    changed();
  });

  return {
    async ask() {
      if (busy) return;
      try {
        const versions = (await (await network('offline/versions.json')).json()) as Versions;
        size.textContent = text('offline.size', { size: megabytes(versions[locale]?.bytes ?? 0) });
        show('asking');
        status.textContent = '';
        yes.focus();
      } catch {
        status.textContent = text('offline.failed');
      }
    },
    async sync() {
      if (busy) return;
      const saved = await readSaved();
      if (saved) showSaved(saved);
      else {
        show('idle');
        status.textContent = '';
      }
    },
    async resume() {
      const saved = await readSaved();
      if (!saved) return;
      showSaved(saved);
      // The reader saved before: the worker is registered (re-register if it was cleared).
      await serviceWorker();
      // A new deploy has a new version: refresh now (only changed files are downloaded).
      const versions = (await network('offline/versions.json')
        .then((r) => r.json())
        .catch(() => undefined)) as Versions | undefined;
      const latest = versions?.[locale];
      if (latest && latest.version !== saved.version && !busy) await save(saved);
    },
  };
}
