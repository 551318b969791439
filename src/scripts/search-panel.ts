import { isLocale, sourceLocale, type Locale } from '../i18n/locales';
import { SearchEngine, type RankedResult } from './search-engine';
import { renderResult } from './search-result-view';
import { siteRoot } from './site-root';
import { formatClientString, type ClientString } from './ui-strings';

/** How many results get their excerpt fetched at a time: each is a small download. */
const PAGE_SIZE = 5;

export interface SearchPanel {
  input: HTMLInputElement;
  run: () => Promise<void>;
  /** Starts loading Pagefind while the reader is still typing. */
  warmUp: () => void;
}

/**
 * Wires one search panel (components/SearchPanel.astro), in the header dialog or
 * on the search page: searches as the reader types, renders results five at a
 * time, and lets the arrow keys move between the box and the results.
 */
export function mountSearchPanel(root: HTMLElement, onSearch?: (query: string) => void): SearchPanel {
  const form = root.querySelector<HTMLFormElement>('form')!;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const allLanguages = form.querySelector<HTMLInputElement>('input[name="all"]');
  const topic = form.querySelector<HTMLSelectElement>('select[name="topic"]');
  const status = root.querySelector<HTMLElement>('[data-search-status]')!;
  const list = root.querySelector<HTMLOListElement>('[data-search-results]')!;
  const more = root.querySelector<HTMLButtonElement>('[data-search-more]')!;
  const strings = JSON.parse(root.dataset.strings ?? '{}') as Record<string, ClientString>;
  const pageLocale: Locale = isLocale(document.documentElement.dataset.locale)
    ? document.documentElement.dataset.locale
    : sourceLocale;
  const lang = document.documentElement.lang;
  const engine = new SearchEngine(pageLocale, siteRoot);
  const say = (key: string, vars?: Record<string, string | number>) =>
    formatClientString(strings[key] ?? '', lang, vars);

  let latest = 0;
  let pending: RankedResult[] = [];

  async function showMore(ticket: number): Promise<void> {
    const next = pending.splice(0, PAGE_SIZE);
    const rendered = await Promise.all(next.map(async (r) => renderResult(await r.data(), r.locale, pageLocale)));
    if (ticket !== latest) return;
    list.append(...rendered);
    more.hidden = pending.length === 0;
  }

  async function run(): Promise<void> {
    const ticket = ++latest;
    const query = input.value.trim();
    onSearch?.(query);
    if (!query) {
      list.replaceChildren();
      status.textContent = '';
      more.hidden = true;
      return;
    }
    status.textContent = say('search.loading');
    try {
      const results = await engine.search(query, { allLanguages: allLanguages?.checked ?? false, topic: topic?.value });
      if (ticket !== latest) return;
      pending = [...results];
      list.replaceChildren();
      await showMore(ticket);
      if (ticket !== latest) return;
      status.textContent =
        results.length === 0
          ? say('search.noResults', { query })
          : say('search.results', { count: results.length, query });
    } catch (error) {
      if (ticket !== latest) return;
      status.textContent = say('search.error');
      console.error(error);
    }
  }

  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(), 100);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    void run();
  });
  allLanguages?.addEventListener('change', () => void run());
  topic?.addEventListener('change', () => void run());
  more.addEventListener('click', () => void showMore(latest));
  root.addEventListener('keydown', (event) => moveFocus(event, input, list));
  return { input, run, warmUp: () => void engine.warmUp().catch(() => undefined) };
}

/** ArrowDown from the box goes to the first result; the arrows then step through results. */
function moveFocus(event: KeyboardEvent, input: HTMLInputElement, list: HTMLElement): void {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
  const links = [...list.querySelectorAll<HTMLAnchorElement>('.search-result-title a')];
  const at = links.indexOf(document.activeElement as HTMLAnchorElement);
  if (document.activeElement !== input && at < 0) return;
  event.preventDefault();
  const next = event.key === 'ArrowDown' ? at + 1 : at - 1;
  if (next < 0) input.focus();
  else links[Math.min(next, links.length - 1)]?.focus();
}
