import { describe, expect, test } from 'vitest';
import { parseRecords } from '../../src/lib/content-layer/yaml-records';
import {
  eventSchema,
  glossarySchema,
  organisationSchema,
  personSchema,
  sourceSchema,
  topicSchema,
} from '../../src/schemas/shared';

const person = `- id: kuleba
  name: { en: Dmytro Kuleba, uk: Дмитро Кулеба, be: Дзмітрый Кулеба }
  role: { en: Foreign Minister of Ukraine }
`;

describe('a good record', () => {
  test('parses, with a missing translation left for the English fallback', () => {
    expect(parseRecords(person, 'content/people.yaml', personSchema)).toEqual([
      {
        id: 'kuleba',
        name: { en: 'Dmytro Kuleba', uk: 'Дмитро Кулеба', be: 'Дзмітрый Кулеба' },
        role: { en: 'Foreign Minister of Ukraine' },
      },
    ]);
  });

  test('keeps an unquoted date as the day written, not a JavaScript Date', () => {
    const [event] = parseRecords(
      '- id: e\n  date: 2020-10-02\n  text: { en: x }\n',
      'content/events.yaml',
      eventSchema,
    );
    expect(event?.date).toBe('2020-10-02');
  });
});

// One bad record per collection, and the whole message an editor reads.
describe.each([
  {
    collection: 'people',
    schema: personSchema,
    yaml: '- id: kuleba\n  name: { uk: Дмитро Кулеба }\n  role: { en: Foreign Minister of Ukraine }\n',
    error:
      'content/people.yaml → kuleba.name.en: is required but missing.\nHint: Every text needs English; the other languages fall back to it until translated.',
  },
  {
    collection: 'organisations',
    schema: organisationSchema,
    yaml: '- id: eu\n  name: { en: European Union, pl: Unia Europejska }\n  role: { en: Union }\n',
    error:
      'content/organisations.yaml → eu.name.pl: is not a field of this record.\nHint: Texts take one key per language of the site: en, uk, be.',
  },
  {
    collection: 'sources',
    schema: sourceSchema,
    yaml: '- id: kyiv-post\n  publisher: Kyiv Post\n  title: Kuleba\n  url: www.kyivpost.com\n  date: 2020-10-05\n  language: en\n',
    error:
      'content/sources.yaml → kyiv-post.url: "www.kyivpost.com" is not a full address.\nHint: Write the full address, starting with https:// (or mailto: for an e-mail address).',
  },
  {
    collection: 'events',
    schema: eventSchema,
    yaml: '- id: election-2020\n  date: 2020-02-31\n  text: { en: Belarus votes }\n',
    error:
      'content/events.yaml → election-2020.date: "2020-02-31" is not a real date; write it as YYYY-MM-DD, e.g. 2020-10-02.\nHint: Check the day and the month: the date must exist on the calendar.',
  },
  {
    collection: 'glossary',
    schema: glossarySchema,
    yaml: '- id: asset-freeze\n  term: { en: Asset freeze }\n  defintion: { en: Blocks money. }\n',
    error:
      'content/glossary.yaml → asset-freeze.defintion: is not a field of this record.\nHint: Did you mean "definition"? Known fields: id, term, definition.',
  },
  {
    collection: 'topics',
    schema: topicSchema,
    yaml: '- id: EU Sanctions\n  label: { en: EU sanctions }\n',
    error:
      'content/topics.yaml → EU Sanctions.id: "EU Sanctions" is not valid: ids are lowercase ASCII words joined by "-", e.g. "coordination-council".\nHint: Rename it, e.g. "eu-sanctions"; other files refer to records by id.',
  },
])('a bad $collection record', ({ collection, schema, yaml, error }) => {
  test('fails with file, record, field and a hint', () => {
    expect(() => parseRecords(yaml, `content/${collection}.yaml`, schema)).toThrow(error);
  });
});

describe('addresses in the YAML files', () => {
  // zod's url() is `new URL()`, which takes all of these; they are rendered as links.
  test.each([
    ['javascript:alert(1)', 'uses the protocol "javascript:"'],
    ['  JaVaScRiPt:alert(1)', 'uses the protocol "JaVaScRiPt:"'],
    ['java\tscript:alert(1)', 'uses the protocol "javascript:"'],
    ['data:text/html,<script>alert(1)</script>', 'uses the protocol "data:"'],
    ['//www.kyivpost.com/', 'has no protocol'],
  ])('a source url %j %s', (url, problem) => {
    const yaml = `- id: kyiv-post\n  publisher: Kyiv Post\n  title: Kuleba\n  url: ${JSON.stringify(url)}\n  date: 2020-10-05\n  language: en\n`;
    expect(() => parseRecords(yaml, 'content/sources.yaml', sourceSchema)).toThrow(
      `content/sources.yaml → kyiv-post.url: ${JSON.stringify(url)} ${problem}.\nHint: Write the full address`,
    );
  });

  test('a profile link gets the same check, named by its place in the list', () => {
    const yaml = `${person}  links:\n    - { label: Site, url: "https://mfa.gov.ua/" }\n    - { label: Bad, url: "javascript:alert(1)" }\n`;
    expect(() => parseRecords(yaml, 'content/people.yaml', personSchema)).toThrow(
      'content/people.yaml → kuleba.links.1.url: "javascript:alert(1)" uses the protocol "javascript:".',
    );
  });

  test('http, https and mailto addresses are accepted', () => {
    const yaml = `${person}  links:\n    - { label: A, url: "https://mfa.gov.ua/" }\n    - { label: B, url: "http://x.org/" }\n    - { label: C, url: "mailto:press@mfa.gov.ua" }\n`;
    expect(parseRecords(yaml, 'content/people.yaml', personSchema)[0]?.links).toHaveLength(3);
  });
});

describe('a bad file', () => {
  test('invalid YAML names the file and the line', () => {
    expect(() => parseRecords('- id: a\n  name: [oops\n', 'content/people.yaml', personSchema)).toThrow(
      /^content\/people\.yaml: is not valid YAML: .*\(3:1\)\.\nHint: Check the indentation/,
    );
  });

  test('a second record with the same id is an error, not a silent overwrite', () => {
    expect(() => parseRecords(person + person, 'content/people.yaml', personSchema)).toThrow(
      'content/people.yaml → kuleba.id: "kuleba" is the id of an earlier record too.',
    );
  });

  test('a file that is not a list says how records start', () => {
    expect(() => parseRecords('kuleba:\n  name: x\n', 'content/people.yaml', personSchema)).toThrow(
      'content/people.yaml: must be a list of records.\nHint: Start each record with "- id: …", e.g. "- id: kuleba".',
    );
  });
});
