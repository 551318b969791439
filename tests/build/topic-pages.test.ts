import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load as parseYaml } from 'js-yaml';
import { describe, expect, test } from 'vitest';
import { localeCodes, localeInfo, sourceLocale } from '../../src/i18n/locales';
import { pageDocument } from '../support/dist';
import { projectRoot } from '../support/paths';

interface Event {
  id: string;
  date: string;
  text: Record<string, string | undefined>;
  source?: string;
  topics?: string[];
}
interface Source {
  id: string;
  url: string;
  publisher: string;
}

const read = <T>(name: string) => parseYaml(readFileSync(join(projectRoot, 'content', name), 'utf8')) as T;
const events = read<Event[]>('events.yaml');
const sources = new Map(read<Source[]>('sources.yaml').map((s) => [s.id, s]));
const topics = read<{ id: string }[]>('topics.yaml').map((t) => t.id);

describe.each(localeCodes)('topic pages in %s', (locale) => {
  test.each(topics)('%s: its timeline lists the events tagged with it, oldest first, each with its source', (id) => {
    const expected = events
      .filter((e) => e.topics?.includes(id))
      .sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
    const doc = pageDocument(`${locale}/topics/${id}/index.html`);
    const items = [...doc.querySelectorAll('.topic-timeline li')];
    if (expected.length === 0) return expect(doc.querySelector('.topic-timeline')).toBeNull();
    expect(items.map((li) => li.querySelector('time')?.getAttribute('datetime'))).toEqual(expected.map((e) => e.date));
    items.forEach((li, i) => {
      const event = expected[i]!;
      const text = li.querySelector('time + span')!;
      // In the page's language, or in English marked as such.
      expect(text.textContent).toBe(event.text[locale] ?? event.text[sourceLocale]);
      expect(text.getAttribute('lang')).toBe(event.text[locale] ? null : localeInfo(sourceLocale).lang);
      const link = li.querySelector('.event-source a');
      if (!event.source) return expect(link).toBeNull();
      expect(link?.getAttribute('href')).toBe(sources.get(event.source)!.url);
      expect(link?.textContent?.trim()).toBe(sources.get(event.source)!.publisher);
      expect(link?.getAttribute('rel')).toBe('noopener noreferrer');
    });
  });
});
