import { loadPagefind } from './pagefind-client';
import { formatClientString, type ClientString } from './ui-strings';

const form = document.querySelector<HTMLFormElement>('[data-search-form]')!;
const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
const status = document.querySelector<HTMLElement>('[data-search-status]')!;
const list = document.querySelector<HTMLOListElement>('[data-search-results]')!;
const strings = JSON.parse(form.dataset.strings ?? '{}') as Record<string, ClientString>;
const lang = document.documentElement.lang;
const base = import.meta.env.BASE_URL;

const say = (key: string, vars?: Record<string, string | number>) => formatClientString(strings[key] ?? '', lang, vars);

let latest = 0;

async function run(query: string): Promise<void> {
  const ticket = ++latest;
  const trimmed = query.trim();
  list.replaceChildren();
  if (!trimmed) {
    status.textContent = '';
    return;
  }
  status.textContent = say('search.loading');
  try {
    const pagefind = await loadPagefind(base);
    const found = await pagefind.search(trimmed);
    const results = await Promise.all((found?.results ?? []).slice(0, 20).map((r) => r.data()));
    if (ticket !== latest) return;
    status.textContent =
      results.length === 0
        ? say('search.noResults', { query: trimmed })
        : say('search.results', { count: results.length, query: trimmed });
    list.replaceChildren(...results.map(renderResult));
  } catch {
    if (ticket === latest) status.textContent = say('search.error');
  }
}

function renderResult(data: { url: string; excerpt: string; meta: Record<string, string | undefined> }): HTMLLIElement {
  const item = document.createElement('li');
  const heading = document.createElement('h2');
  const link = document.createElement('a');
  link.href = data.url;
  link.textContent = data.meta.title ?? data.url;
  heading.append(link);
  const excerpt = document.createElement('p');
  // Pagefind's excerpt is escaped text from our own pages with <mark> around matches.
  excerpt.append(...excerptNodes(data.excerpt));
  item.append(heading, excerpt);
  if (data.meta.date) {
    const date = document.createElement('p');
    date.className = 'meta';
    date.textContent = data.meta.date;
    item.append(date);
  }
  return item;
}

/** Turns "a <mark>b</mark> c" into text and <mark> nodes without parsing HTML. */
function excerptNodes(excerpt: string): Node[] {
  const decode = (s: string) =>
    s.replace(
      /&(amp|lt|gt|quot|#39|#x27);/g,
      (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'" })[e]!,
    );
  return excerpt.split(/(<mark>.*?<\/mark>)/g).map((part) => {
    const marked = /^<mark>(.*)<\/mark>$/.exec(part);
    if (!marked) return document.createTextNode(decode(part));
    const mark = document.createElement('mark');
    mark.textContent = decode(marked[1]!);
    return mark;
  });
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  const url = new URL(location.href);
  url.searchParams.set('q', input.value);
  history.replaceState(null, '', url);
  void run(input.value);
});

let timer: ReturnType<typeof setTimeout> | undefined;
input.addEventListener('input', () => {
  clearTimeout(timer);
  timer = setTimeout(() => void run(input.value), 200);
});

const initial = new URLSearchParams(location.search).get('q');
if (initial) {
  input.value = initial;
  void run(initial);
}
