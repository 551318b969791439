import type { SharedFacts } from '../../src/lib/pages/facts';

const text = (en: string, uk?: string, be?: string) => ({ en, uk, be });

/** A small set of shared facts for unit tests, shaped as the build reads them. */
export function sampleFacts(): SharedFacts {
  const byId = <T extends { id: string }>(records: T[]) => new Map(records.map((r) => [r.id, r]));
  return {
    people: byId([
      { id: 'kuleba', name: text('Dmytro Kuleba', 'Дмитро Кулеба'), role: text('Foreign Minister of Ukraine') },
      { id: 'lukashenko', name: text('Alexander Lukashenko'), role: text('President of Belarus') },
    ]),
    organisations: byId([
      { id: 'okrestina', name: text('Okrestina detention centre'), role: text('Detention centre') },
    ]),
    sources: byId([
      {
        id: 'kyiv-post',
        publisher: 'Kyiv Post',
        title: 'Kuleba',
        url: 'https://www.kyivpost.com/',
        date: '2020-10-05',
        language: 'en',
      },
      {
        id: 'bbc-ukraine',
        publisher: 'BBC',
        title: 'Інтерв’ю',
        url: 'https://www.bbc.com/ukrainian',
        date: '2020-10-05',
        language: 'uk',
      },
    ]),
    events: byId([
      {
        id: 'eu-sanctions',
        date: '2020-10-02',
        text: text('EU sanctions'),
        source: 'kyiv-post',
        topics: ['eu-sanctions'],
      },
      { id: 'election', date: '2020-08-09', text: text('Election'), source: 'bbc-ukraine', topics: ['election'] },
    ]),
    glossary: byId([{ id: 'asset-freeze', term: text('Asset freeze'), definition: text('Blocks assets.') }]),
    topics: byId([
      { id: 'eu-sanctions', label: text('EU sanctions') },
      { id: 'election', label: text('Election') },
    ]),
    media: byId([]),
    datasets: byId([]),
    files: {
      media: 'content/media.yaml',
      datasets: 'content/datasets.yaml',
      people: 'content/people.yaml',
      organisations: 'content/organisations.yaml',
      sources: 'content/sources.yaml',
      events: 'content/events.yaml',
      glossary: 'content/glossary.yaml',
      topics: 'content/topics.yaml',
    },
  };
}
