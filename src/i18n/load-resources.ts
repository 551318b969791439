import { parseResources, type RawLocaleFiles } from './resources';

// Read as raw text so a malformed file gets our message (file + hint), not a bundler stack trace.
const raw = import.meta.glob<string>('/locales/*/*.json', {
  query: '?raw',
  import: 'default',
  eager: true,
});

const files: RawLocaleFiles = Object.fromEntries(
  Object.entries(raw).map(([path, text]) => [path.replace(/^\//, ''), text]),
);

export const resources = parseResources(files);
