import { rememberLocale } from './locale-preference';

// The last language a reader read in is the one "/" sends them to next time.
const lang = document.documentElement.dataset.locale;
if (lang) rememberLocale(lang);
