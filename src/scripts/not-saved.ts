// The "not saved" page names the language the reader asked for when it is not saved
// (the service worker passes the page as ?page=uk/explainers/x/).
import { formatClientString, type ClientString } from './ui-strings';

const note = document.querySelector<HTMLElement>('[data-not-saved]');
const asked = new URLSearchParams(location.search).get('page') ?? '';
const labels = JSON.parse(note?.dataset.labels ?? '{}') as Record<string, string>;
const language = labels[asked.split('/')[0] ?? ''];
if (note && language && asked.split('/')[0] !== document.documentElement.dataset.locale) {
  const strings = JSON.parse(note.dataset.strings ?? '{}') as Record<string, ClientString>;
  note.textContent = formatClientString(strings['offline.notSavedLanguage'] ?? '', document.documentElement.lang, {
    language,
  });
  note.hidden = false;
}
