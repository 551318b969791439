import { mountSearchPanel } from './search-panel';

// /<locale>/search/: the same panel as the dialog, reading ?q= (and the options)
// from the URL on load and keeping the URL in step, so a search can be shared.
const root = document.querySelector<HTMLElement>('main [data-search-panel]')!;
const params = new URLSearchParams(location.search);
const form = root.querySelector('form')!;
const all = form.querySelector<HTMLInputElement>('input[name="all"]');
const topic = form.querySelector<HTMLSelectElement>('select[name="topic"]');
if (all) all.checked = params.has('all');
if (topic && [...topic.options].some((o) => o.value === params.get('topic'))) topic.value = params.get('topic')!;

const panel = mountSearchPanel(root, (query) => {
  const url = new URL(location.href);
  if (query) url.searchParams.set('q', query);
  else url.searchParams.delete('q');
  if (all?.checked) url.searchParams.set('all', 'on');
  else url.searchParams.delete('all');
  if (topic?.value) url.searchParams.set('topic', topic.value);
  else url.searchParams.delete('topic');
  history.replaceState(null, '', url);
});

const initial = params.get('q');
if (initial) {
  panel.input.value = initial;
  void panel.run();
} else panel.input.focus();
