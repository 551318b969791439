// On every page: the "Save <language> for offline reading" control. Only this file loads
// with the page, and it downloads nothing: it checks Cache Storage for a saved copy (no
// network) and waits for a click. The saving code, the manifest and the service worker
// load when the reader asks, or when this language is already saved (to show it and
// refresh it).
import { offlineNames } from './offline-names';
import { siteRoot } from './site-root';

// Every page has one in its footer; a page may place another (a page on ways to read the site).
for (const control of document.querySelectorAll<HTMLElement>('[data-offline]')) void start(control);

async function start(control: HTMLElement): Promise<void> {
  const root = siteRoot;
  const status = control.querySelector<HTMLElement>('[data-offline-status]')!;
  const strings = JSON.parse(control.dataset.strings ?? '{}') as Record<string, string>;
  control.hidden = false;
  // file:// (a copy passed on), old browsers and many private windows have no service workers.
  const why = location.protocol === 'file:' ? 'offline.fromFile' : !supported() ? 'offline.unsupported' : undefined;
  if (why) {
    control.querySelector('[data-offline-start]')?.setAttribute('hidden', '');
    status.textContent = strings[why] ?? '';
    return;
  }
  const load = () => import('./offline-save').then((module) => module.offlineControl(control, root));
  control.querySelector('[data-offline-start]')!.addEventListener('click', () => void load().then((c) => c.ask()));
  if (await caches.has(offlineNames(root).index).catch(() => false)) void load().then((c) => c.resume());
}

function supported(): boolean {
  try {
    return window.isSecureContext && 'serviceWorker' in navigator && 'caches' in window;
  } catch {
    return false;
  }
}
