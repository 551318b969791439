import { describe, expect, test } from 'vitest';
import { checkBlocks } from '../../src/lib/pages/block-checks';
import { checkRecordReferences } from '../../src/lib/pages/record-references';
import { checkTranslationsAgree } from '../../src/lib/pages/translation-agreement';
import { compileBody } from '../../src/markdown/compile-body';
import { sampleFacts } from '../support/facts';

const file = 'content/explainers/x/uk.mdx';
const slugs = new Set(['x', 'belarus-2020-election-and-protests']);

/** Blocks as the content pipeline records them; the body starts on line 6 of the file. */
function blocksOf(body: string) {
  const compiled = compileBody(body, { file, lineOffset: 5 });
  if (compiled.kind !== 'html') throw new Error('expected plain blocks');
  return compiled.blocks;
}
const check = (body: string, topics: string[] = ['eu-sanctions']) =>
  checkBlocks({ file, slug: 'x', topics, blocks: blocksOf(body) }, sampleFacts(), slugs);

describe('a bad reference fails with file, line, block, prop, value and near matches', () => {
  test('an unknown person', () => {
    expect(() => check('Intro.\n\nMinister <Person id="kulebaa" /> said.')).toThrow(
      'content/explainers/x/uk.mdx → line 8, <Person id="kulebaa">: unknown person "kulebaa".\n' +
        'Hint: Did you mean "kuleba"? A new person goes in content/people.yaml.',
    );
  });

  test.each([
    ['<Org id="okrestna" />', '<Org id="okrestna">: unknown organisation "okrestna"', 'Did you mean "okrestina"?'],
    [
      '<Term id="asset-freez">x</Term>',
      '<Term id="asset-freez">: unknown glossary term "asset-freez"',
      '"asset-freeze"',
    ],
    ['<Cite id="kyiv-pots" />', '<Cite id="kyiv-pots">: unknown source "kyiv-pots"', '"kyiv-post"'],
    ['<Quote by="kuleb" source="kyiv-post">“…”</Quote>', '<Quote by="kuleb">: unknown person "kuleb"', '"kuleba"'],
    ['<Quote by="kuleba" source="bbc">“…”</Quote>', '<Quote source="bbc">: unknown source "bbc"', 'Known values'],
    [
      '<Timeline ids={["election", "eu-sanction"]} />',
      '<Timeline ids={["election","eu-sanction"]}>: unknown event "eu-sanction"',
      '"eu-sanctions"',
    ],
    ['<Timeline topic="elections" />', '<Timeline topic="elections">: unknown topic "elections"', '"election"'],
    [
      '<Related ids={["belarus-2020-election"]} />',
      '<Related ids={["belarus-2020-election"]}>: unknown explainer',
      '"belarus-2020-election-and-protests"',
    ],
    [
      '<KeyFacts>\n<Fact value={40} unit="oficials">x</Fact>\n</KeyFacts>',
      '<Fact unit="oficials">: unknown unit "oficials"',
      '"officials"',
    ],
  ])('%s', (body, message, hint) => {
    expect(() => check(body)).toThrow(message);
    expect(() => check(body)).toThrow(hint);
  });

  test('an explainer cannot be related to itself', () => {
    expect(() => check('<Related ids={["x"]} />')).toThrow('<Related ids={["x"]}>: "x" is this explainer itself.');
  });

  test('a timeline that would be empty', () => {
    expect(() => check('<Timeline />', [])).toThrow('→ line 6, <Timeline>: has no events to show.');
  });

  test('a frontmatter topic that does not exist', () => {
    expect(() => check('Text.', ['eu-sanction'])).toThrow(
      'content/explainers/x/uk.mdx → topics: unknown topic "eu-sanction".\nHint: Did you mean "eu-sanctions"?',
    );
  });

  test('a frontmatter about id that is neither a person nor an organisation', () => {
    const about = (ids: string[]) =>
      checkBlocks({ file, slug: 'x', topics: [], about: ids, blocks: blocksOf('Text.') }, sampleFacts(), slugs);
    expect(() => about(['kulebaa'])).toThrow(
      'content/explainers/x/uk.mdx → about: "kulebaa" is neither a person nor an organisation.\nHint: Did you mean "kuleba"?',
    );
    // Those it is about count as named, even when the body has no block for them.
    expect(about(['kuleba', 'okrestina'])).toMatchObject({
      people: new Set(['kuleba']),
      organisations: new Set(['okrestina']),
    });
  });
});

describe('what an explainer cites and mentions', () => {
  test('sources are numbered in the order first cited: Cite, Quote and timeline events alike', () => {
    const checked = check(
      '<Cite id="kyiv-post" />\n\n<Quote by="kuleba" source="bbc-ukraine">“…”</Quote>\n\n<Cite id="kyiv-post" />\n\n<Timeline ids={["election"]} />',
    );
    expect(checked.citations).toEqual(['kyiv-post', 'bbc-ukraine']);
  });

  test('a timeline without props shows the explainer’s topics and cites their sources', () => {
    expect(check('<Timeline />', ['election']).citations).toEqual(['bbc-ukraine']);
  });

  test('people are mentioned by Person and by Quote, organisations by Org', () => {
    const checked = check(
      '<Person id="lukashenko">Лукашенка</Person> and <Org id="okrestina" />.\n\n<Quote by="kuleba" source="kyiv-post">“…”</Quote>',
    );
    expect([...checked.people]).toEqual(['lukashenko', 'kuleba']);
    expect([...checked.organisations]).toEqual(['okrestina']);
  });
});

describe('records that point at other records', () => {
  test('an event naming an unknown organisation names the events file and the record', () => {
    const facts = sampleFacts();
    facts.events.set('bad', { id: 'bad', date: '2020-10-02', text: { en: 'x' }, organisations: ['okrestna'] });
    expect(() => checkRecordReferences(facts)).toThrow(
      'content/events.yaml → bad.organisations: unknown organisation "okrestna".\nHint: Did you mean "okrestina"?',
    );
  });

  test('the sample records are consistent', () => {
    expect(() => checkRecordReferences(sampleFacts())).not.toThrow();
  });
});

describe('translations state the same facts as the original', () => {
  const en = {
    file: 'content/explainers/x/en.mdx',
    blocks: blocksOf('<KeyFacts>\n<Fact value={40} unit="officials">a</Fact>\n</KeyFacts>'),
  };
  const translation = (body: string) => ({ file, blocks: blocksOf(body) });

  test('the same value in other words passes', () => {
    expect(() =>
      checkTranslationsAgree(en, [translation('<KeyFacts>\n<Fact value={40} unit="officials">б</Fact>\n</KeyFacts>')]),
    ).not.toThrow();
  });

  test('a changed number names both files and lines', () => {
    expect(() =>
      checkTranslationsAgree(en, [translation('<KeyFacts>\n<Fact value={4} unit="officials">б</Fact>\n</KeyFacts>')]),
    ).toThrow(
      'content/explainers/x/uk.mdx → line 7, <Fact value={4} unit="officials">: does not match the original <Fact value={40} unit="officials"> (content/explainers/x/en.mdx, line 7).',
    );
  });

  test('a missing fact is reported', () => {
    expect(() => checkTranslationsAgree(en, [translation('Text.')])).toThrow(
      'content/explainers/x/uk.mdx: lacks <Fact value={40} unit="officials">, which the original has',
    );
  });
});

describe('key facts render as a description list, so they nest one way only', () => {
  test('a <Fact> outside <KeyFacts> is reported', () => {
    expect(() => blocksOf('Intro.\n\n<Fact value={40} unit="officials">officials</Fact>')).toThrow(
      'content/explainers/x/uk.mdx → line 8: <Fact> belongs directly inside <KeyFacts>.',
    );
  });

  test('text inside <KeyFacts> that is not a <Fact> is reported on its own line', () => {
    expect(() => blocksOf('<KeyFacts>\n<Fact value={40}>officials</Fact>\n\nAnd more.\n</KeyFacts>')).toThrow(
      'content/explainers/x/uk.mdx → line 9: <KeyFacts> holds only <Fact> entries.',
    );
  });
});
