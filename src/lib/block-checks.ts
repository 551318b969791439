import { isUnit, unitNames } from '../i18n/quantity';
import { ContentError, didYouMean } from './errors';
import type { BlockUsage } from './block-usage';
import {
  blockError,
  booleanProp,
  checkPropNames,
  numberProp,
  stringListProp,
  stringProp,
  type UsageSite,
} from './block-props';
import type { Collection, SharedFacts } from './facts';
import { unknownRecord } from './record-references';
import { timelineEvents } from './timeline';

/** Every component an explainer may use without an import, and the props each takes. */
export const blockProps = {
  Timeline: ['ids', 'topic'],
  Person: ['id'],
  Org: ['id'],
  Term: ['id'],
  Cite: ['id'],
  Quote: ['by', 'source'],
  KeyFacts: [],
  Fact: ['value', 'unit', 'over'],
  Related: ['ids'],
} as const satisfies Record<string, readonly string[]>;

export type BlockName = keyof typeof blockProps;
const blockNames = Object.keys(blockProps) as BlockName[];
const isBlockName = (name: string): name is BlockName => Object.hasOwn(blockProps, name);

/** One explainer file as the checks see it. */
export interface ExplainerFileBlocks {
  file: string;
  slug: string;
  topics: readonly string[];
  usages: BlockUsage[];
}

/** What a checked explainer file cites and mentions. */
export interface CheckedBlocks {
  /** Source ids in the order first cited: source n is citations[n - 1]. */
  citations: string[];
  people: Set<string>;
  organisations: Set<string>;
}

/**
 * Checks every component usage of one explainer file against the shared collections
 * and the other explainers, throwing the first mistake as an editor's-eye ContentError.
 */
export function checkBlocks(
  explainer: ExplainerFileBlocks,
  facts: SharedFacts,
  slugs: ReadonlySet<string>,
): CheckedBlocks {
  const result: CheckedBlocks = { citations: [], people: new Set(), organisations: new Set() };
  const cite = (source: string | undefined) => {
    if (source && !result.citations.includes(source)) result.citations.push(source);
  };
  for (const topic of explainer.topics) {
    if (!facts.topics.has(topic))
      throw new ContentError({ file: explainer.file, field: 'topics', ...unknownRecord(facts, 'topics', topic) });
  }
  for (const usage of explainer.usages) {
    const site: UsageSite = { file: explainer.file, usage };
    const component = usage.component;
    if (!isBlockName(component)) {
      throw blockError(
        site,
        undefined,
        'is not a component explainers can use.',
        `${didYouMean(component, blockNames)} Explainers can use: ${blockNames.join(', ')}.`,
      );
    }
    checkPropNames(site, blockProps[component], (name) => didYouMean(name, blockProps[component]));
    const record = (prop: string, collection: Collection, example: string) => {
      const id = stringProp(site, prop, example, true);
      if (!facts[collection].has(id)) {
        const { message, hint } = unknownRecord(facts, collection, id);
        throw blockError(site, prop, message, hint);
      }
      return id;
    };
    switch (component) {
      case 'Person':
        result.people.add(record('id', 'people', '<Person id="kuleba" />'));
        break;
      case 'Org':
        result.organisations.add(record('id', 'organisations', '<Org id="eu" />'));
        break;
      case 'Cite':
        cite(record('id', 'sources', '<Cite id="kuleba-bbc-ukraine" />'));
        break;
      case 'Term':
        record('id', 'glossary', '<Term id="asset-freeze">asset freezes</Term>');
        needsText(site, '<Term id="asset-freeze">asset freezes</Term>');
        break;
      case 'Quote':
        result.people.add(record('by', 'people', '<Quote by="kuleba" source="kuleba-bbc-ukraine">'));
        cite(record('source', 'sources', '<Quote by="kuleba" source="kuleba-bbc-ukraine">'));
        needsText(site, '<Quote by="kuleba" source="kuleba-bbc-ukraine">“…”</Quote>');
        break;
      case 'KeyFacts':
        if (usage.children.length === 0 || usage.children.some((child) => child !== 'Fact'))
          throw blockError(
            site,
            undefined,
            'holds only <Fact> entries.',
            'Put each fact in its own <Fact value={…}>…</Fact>.',
          );
        break;
      case 'Fact':
        checkFact(site);
        break;
      case 'Related':
        checkRelated(site, explainer.slug, slugs);
        break;
      case 'Timeline':
        for (const event of checkTimeline(site, explainer, facts)) cite(event.source);
        break;
    }
  }
  return result;
}

function needsText(site: UsageSite, example: string): void {
  if (site.usage.children.length === 0)
    throw blockError(site, undefined, 'has no text between its tags.', `Write the words to show, e.g. ${example}.`);
}

function checkFact(site: UsageSite): void {
  const example = '<Fact value={40} unit="officials">…</Fact>';
  if (site.usage.parent !== 'KeyFacts')
    throw blockError(site, undefined, 'is outside <KeyFacts>.', 'Put facts inside <KeyFacts>…</KeyFacts>.');
  numberProp(site, 'value', example);
  const unit = stringProp(site, 'unit', example);
  if (unit !== undefined && !isUnit(unit)) {
    throw blockError(
      site,
      'unit',
      `unknown unit "${unit}".`,
      `${didYouMean(unit, unitNames)} A new unit goes in locales/<locale>/units.json, with every plural form.`,
    );
  }
  booleanProp(site, 'over', '<Fact over value={100000} unit="people">');
  needsText(site, '<Fact value={40} unit="officials">under EU sanctions</Fact>');
}

function checkRelated(site: UsageSite, slug: string, slugs: ReadonlySet<string>): void {
  const ids = stringListProp(site, 'ids', '<Related ids={["belarus-2020-election-and-protests"]} />');
  if (!ids)
    throw blockError(
      site,
      undefined,
      'needs ids.',
      'List explainer folders, e.g. ids={["belarus-2020-election-and-protests"]}.',
    );
  for (const id of ids) {
    if (id === slug) throw blockError(site, 'ids', `"${id}" is this explainer itself.`, 'List other explainers only.');
    if (!slugs.has(id))
      throw blockError(
        site,
        'ids',
        `unknown explainer "${id}".`,
        `${didYouMean(id, slugs)} Ids are folder names in content/explainers.`,
      );
  }
}

function checkTimeline(site: UsageSite, explainer: ExplainerFileBlocks, facts: SharedFacts) {
  const ids = stringListProp(site, 'ids', '<Timeline ids={["election-2020"]} />');
  const topic = stringProp(site, 'topic', '<Timeline topic="eu-sanctions" />');
  for (const id of ids ?? []) {
    if (!facts.events.has(id)) {
      const { message, hint } = unknownRecord(facts, 'events', id);
      throw blockError(site, 'ids', message, hint);
    }
  }
  if (topic !== undefined && !facts.topics.has(topic)) {
    const { message, hint } = unknownRecord(facts, 'topics', topic);
    throw blockError(site, 'topic', message, hint);
  }
  const events = timelineEvents({ ids, topic }, explainer.topics, facts);
  if (events.length === 0) {
    throw blockError(
      site,
      topic === undefined ? undefined : 'topic',
      'has no events to show.',
      `Give ids={[…]} or topic="…", or tag events in ${facts.files.events} with this explainer's topics.`,
    );
  }
  return events;
}
