import { describe, expect, test } from 'vitest';
import {
  changedSections,
  fingerprint,
  hashText,
  INTRODUCTION,
  splitSections,
  TITLE_AND_SUMMARY,
} from '../../src/translation/fingerprint';
import { explainerStatus, needsWork, resolveSource, type ExplainerVersion } from '../../src/translation/status';
import { missingUiKeys, sharedGaps } from '../../src/translation/gaps';
import type { Resources } from '../../src/i18n/resources';

const body =
  'Intro line.\n\n## What happened\n\nText A.\n\n```md\n## not a heading\n```\n\n## Why it matters\n\nText B.\n';

describe('splitSections', () => {
  test('splits at ## headings, keeps the introduction, ignores headings in code fences', () => {
    expect(splitSections(body).map((s) => s.heading)).toEqual([INTRODUCTION, 'What happened', 'Why it matters']);
    expect(splitSections(body)[1]!.text).toContain('## not a heading');
  });
  test('a body without an introduction has no empty introduction section', () => {
    expect(splitSections('## Only\n\nText.').map((s) => s.heading)).toEqual(['Only']);
  });
});

describe('hashText', () => {
  test('is short and ignores whitespace-only edits', () => {
    expect(hashText('a  b\n c')).toMatch(/^[0-9a-f]{8}$/);
    expect(hashText('a  b\n c')).toBe(hashText('a b c'));
    expect(hashText('a b c')).not.toBe(hashText('a b d'));
  });
});

describe('changedSections', () => {
  const v1 = fingerprint({ title: 'T', summary: 'S', body });
  test('nothing changed → no sections', () => {
    expect(changedSections(v1, fingerprint({ title: 'T', summary: 'S', body }))).toEqual([]);
  });
  test('names an edited section, a new section, a removed section, and the title', () => {
    const edited =
      body.replace('Text B.', 'Text B, revised.').replace('## What happened\n\nText A.\n', '') + '\n## New\n\nC.\n';
    const v2 = fingerprint({ title: 'T2', summary: 'S', body: edited });
    expect(changedSections(v1, v2).sort()).toEqual(
      [TITLE_AND_SUMMARY, INTRODUCTION, 'New', 'What happened', 'Why it matters'].sort(),
    );
  });
  test('without recorded sections every section counts as changed', () => {
    expect(changedSections({ hash: '00000000' }, v1)).toHaveLength(Object.keys(v1.sections).length);
  });
});

const version = (
  locale: ExplainerVersion['locale'],
  { text = body, ...extra }: Partial<ExplainerVersion> & { text?: string } = {},
): ExplainerVersion => ({
  locale,
  fingerprint: fingerprint({ title: 'T', summary: 'S', body: text }),
  published: '2024-01-01',
  ...extra,
});

describe('resolveSource', () => {
  test.each([
    [[version('en'), version('uk')], 'en'],
    [[version('uk'), version('be')], 'uk'],
    [[version('be')], 'be'],
    [[version('en'), version('uk', { translatedFrom: { locale: 'uk', hash: '00000000' } })], 'en'],
    [[version('en', { translatedFrom: { locale: 'uk', hash: '00000000' } }), version('uk')], 'uk'],
  ] as const)('%#: the source is %s', (versions, expected) => {
    expect(resolveSource(versions)).toBe(expected);
  });
});

describe('explainerStatus', () => {
  const current = version('en').fingerprint;
  test('reports source, translated, outdated with sections, unmarked and missing', () => {
    const status = explainerStatus('x', [
      version('en', { text: body.replace('Text A.', 'Text A2.'), updated: '2024-05-01' }),
      version('uk', { translatedFrom: { locale: 'en', ...current } }),
      version('be'),
    ]);
    expect(status.source).toBe('en');
    expect(status.sourceChanged).toBe('2024-05-01');
    expect(status.locales).toEqual({
      en: { state: 'source' },
      uk: { state: 'outdated', sections: ['What happened'] },
      be: { state: 'unmarked' },
    });
    expect(needsWork(status)).toBe(true);
  });
  test('a fully translated explainer needs no work', () => {
    const marked = { translatedFrom: { locale: 'en' as const, ...current } };
    const status = explainerStatus('x', [version('en'), version('uk', marked), version('be', marked)]);
    expect(status.locales.uk).toEqual({ state: 'translated' });
    expect(needsWork(status)).toBe(false);
    expect(explainerStatus('x', [version('en')]).locales.uk).toEqual({ state: 'missing' });
  });
});

describe('a change added to the source', () => {
  const marked = { translatedFrom: { locale: 'en' as const, ...version('en').fingerprint } };
  const correction = { date: '2024-02-01', kind: 'correction' as const, note: 'The vote was on Tuesday.' };
  const withChanges = (changes: ExplainerVersion['changes']) =>
    version('en', { changes, fingerprint: fingerprint({ title: 'T', summary: 'S', body, changes }) });

  test('leaves the fingerprint of an explainer without changes as it was', () => {
    expect(fingerprint({ title: 'T', summary: 'S', body, changes: [] })).toEqual(version('en').fingerprint);
  });

  test('marks translations outdated, naming the change and carrying its note to translators', () => {
    const status = explainerStatus('x', [withChanges([correction]), version('uk', marked)]);
    expect(status.locales.uk).toEqual({
      state: 'outdated',
      sections: ['(correction 2024-02-01)'],
      changes: [correction],
    });
    expect(status.sourceChanged).toBe('2024-02-01');
  });

  test('two changes of one kind on one day are told apart', () => {
    const second = { ...correction, note: 'And the count was 12.' };
    const status = explainerStatus('x', [withChanges([correction, second]), version('uk', marked)]);
    expect(status.locales.uk).toMatchObject({
      sections: ['(correction 2024-02-01)', '(correction 2024-02-01 #2)'],
      changes: [correction, second],
    });
  });
});

describe('gaps', () => {
  test('shared records list the localized fields each language lacks', () => {
    const gaps = sharedGaps({
      people: [
        {
          id: 'kuleba',
          name: { en: 'Dmytro Kuleba', uk: 'Дмитро Кулеба' },
          role: { en: 'Minister', uk: 'Міністр', be: 'Міністр' },
        },
      ],
    });
    expect(gaps).toEqual([{ collection: 'people', id: 'kuleba', locale: 'be', fields: ['name'] }]);
  });

  test('UI keys: a missing key, and a missing plural form by each locale’s CLDR categories', () => {
    const resources = {
      en: { common: { a: 'A', n_one: '{{count}} item', n_other: '{{count}} items' } },
      uk: { common: { a: 'А', n_one: '1', n_few: '2', n_other: 'x' } },
      be: { common: { n_one: '1', n_few: '2', n_many: '5', n_other: 'x' } },
    } as unknown as Resources;
    expect(missingUiKeys(resources)).toEqual({ en: [], uk: ['common:n_many'], be: ['common:a'] });
  });
});

describe('section keys', () => {
  const twice = 'Intro.\n\n## Background\n\nFirst.\n\n## Background\n\nSecond.\n';
  test('two sections with the same heading each have a key, so an edit to the first is seen', () => {
    const v1 = fingerprint({ title: 'T', summary: 'S', body: twice });
    expect(Object.keys(v1.sections)).toEqual([TITLE_AND_SUMMARY, INTRODUCTION, 'Background', 'Background #2']);
    const v2 = fingerprint({ title: 'T', summary: 'S', body: twice.replace('First.', 'First, revised.') });
    expect(changedSections(v1, v2)).toEqual(['Background']);
    const v3 = fingerprint({ title: 'T', summary: 'S', body: twice.replace('Second.', 'Second, revised.') });
    expect(changedSections(v1, v3)).toEqual(['Background #2']);
  });

  test('a heading written like one of our own keys does not overwrite it', () => {
    const body = 'Intro.\n\n## (introduction)\n\nA.\n\n## (title and summary)\n\nB.\n\n## (update 2024-02-01)\n\nC.\n';
    const changes = [{ date: '2024-02-01', kind: 'update', note: 'N.' }] as const;
    const v1 = fingerprint({ title: 'T', summary: 'S', body, changes });
    expect(Object.keys(v1.sections)).toEqual([
      TITLE_AND_SUMMARY,
      INTRODUCTION,
      '## (introduction)',
      '## (title and summary)',
      '## (update 2024-02-01)',
      '(update 2024-02-01)',
    ]);
    const v2 = fingerprint({ title: 'T', summary: 'S', body: body.replace('Intro.', 'Intro, revised.'), changes });
    expect(changedSections(v1, v2)).toEqual([INTRODUCTION]);
  });

  test('a closing run of # is not part of the heading; a # inside a word is', () => {
    expect(splitSections('## Why it matters ##\n\nA.\n\n## C#\n\nB.\n').map((s) => s.heading)).toEqual([
      'Why it matters',
      'C#',
    ]);
  });

  test('a very long heading line is split in linear time', () => {
    // The old pattern backtracked cubically: 1,000 spaces took 0.7 s, one line of 5,000 about 28 s.
    const line = `## x${' '.repeat(5_000)}x`;
    const started = performance.now();
    expect(splitSections(`${line}\n`.repeat(20)).map((s) => s.heading.length)).toEqual(Array(20).fill(5_002));
    expect(performance.now() - started).toBeLessThan(1_000);
  });
});
