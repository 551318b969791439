import { blockSpecs, type Reference } from '../../blocks/specs';
import { isUnit, unitNames } from '../../i18n/quantity';
import type { BlockUse } from '../../markdown/compile-body';
import type { Literal } from '../../markdown/literal-props';
import { ContentError, didYouMean } from '../errors';
import type { SharedFacts } from './facts';
import { pointCount } from './datasets';
import { unknownAbout, unknownRecord } from './record-references';
import { timelineEvents } from './timeline';

/** One explainer file as the checks see it. */
export interface ExplainerBlocks {
  file: string;
  slug: string;
  topics: readonly string[];
  /** The frontmatter's `about`: people and organisations the explainer is about. */
  about?: readonly string[];
  blocks: readonly BlockUse[];
}

/** What a checked explainer file cites and mentions. */
export interface CheckedBlocks {
  /** Source ids in the order first cited: source n is citations[n - 1]. */
  citations: string[];
  people: Set<string>;
  organisations: Set<string>;
}

/** A prop as the author wrote it: `id="kuleba"`, `value={40}`, `ids={["a","b"]}`, `over`. */
export function showProp(name: string, value: Literal | undefined): string {
  if (value === undefined) return '';
  if (value === true) return ` ${name}`;
  return typeof value === 'string' ? ` ${name}="${value}"` : ` ${name}={${JSON.stringify(value)}}`;
}

/** `content/…/uk.mdx → line 12, <Person id="kulebaa">: unknown person "kulebaa".` */
function blockError(file: string, use: BlockUse, prop: string | undefined, message: string, hint: string) {
  const shown = prop ? showProp(prop, use.props[prop]) : '';
  return new ContentError({ file, field: `line ${use.line}, <${use.name}${shown}>`, message, hint });
}

/**
 * Checks what compileBody cannot know: that every id a block names exists in the
 * shared collections (or is another explainer), that units are known, and that a
 * timeline has events. Throws the first mistake, naming file, line, block and prop.
 */
export function checkBlocks(explainer: ExplainerBlocks, facts: SharedFacts, slugs: ReadonlySet<string>): CheckedBlocks {
  const { file } = explainer;
  const result: CheckedBlocks = { citations: [], people: new Set(), organisations: new Set() };
  const cite = (source: Literal | undefined) => {
    if (typeof source === 'string' && !result.citations.includes(source)) result.citations.push(source);
  };
  // In an MDX explainer a prop written as an expression is unknown here; it is skipped.
  const add = (set: Set<string>, id: Literal | undefined) => typeof id === 'string' && set.add(id);
  for (const topic of explainer.topics) {
    if (!facts.topics.has(topic))
      throw new ContentError({ file, field: 'topics', ...unknownRecord(facts, 'topics', topic) });
  }
  for (const id of explainer.about ?? []) {
    if (facts.people.has(id)) result.people.add(id);
    else if (facts.organisations.has(id)) result.organisations.add(id);
    else throw new ContentError({ file, field: 'about', ...unknownAbout(facts, id) });
  }
  for (const use of explainer.blocks) {
    for (const [prop, spec] of Object.entries(blockSpecs[use.name].props) as [string, { refers?: Reference }][]) {
      const value = use.props[prop];
      if (spec.refers && value !== undefined) checkIds(file, use, prop, spec.refers, value, facts, slugs);
    }
    const { id, by, source, unit, ids } = use.props;
    switch (use.name) {
      case 'Person':
        add(result.people, id);
        break;
      case 'Org':
        add(result.organisations, id);
        break;
      case 'Cite':
        cite(id);
        break;
      case 'Quote':
        add(result.people, by);
        cite(source);
        break;
      case 'Fact':
        if (unit !== undefined && !isUnit(unit))
          throw blockError(file, use, 'unit', `unknown unit "${String(unit)}".`, unitHint(String(unit)));
        break;
      case 'Chart': {
        // The dataset exists (checked above); its source is cited like a <Cite>.
        const dataset = typeof id === 'string' ? facts.datasets.get(id) : undefined;
        if (!dataset) break;
        if (use.props.kind === 'line' && pointCount(dataset) < 2)
          throw blockError(
            file,
            use,
            'kind',
            `dataset "${dataset.id}" has one point: a line needs two.`,
            'Use kind="bar", or add points to the dataset.',
          );
        cite(dataset.source);
        break;
      }
      case 'Related':
        if (Array.isArray(ids) && ids.includes(explainer.slug))
          throw blockError(
            file,
            use,
            'ids',
            `"${explainer.slug}" is this explainer itself.`,
            'List other explainers only.',
          );
        break;
      case 'Timeline': {
        const query = { ids: ids as string[] | undefined, topic: use.props.topic as string | undefined };
        const events = timelineEvents(query, explainer.topics, facts);
        if (events.length === 0) {
          throw blockError(
            file,
            use,
            query.topic === undefined ? undefined : 'topic',
            'has no events to show.',
            `Give ids={[…]} or topic="…", or tag events in ${facts.files.events} with this explainer's topics.`,
          );
        }
        events.forEach((event) => cite(event.source));
        break;
      }
    }
  }
  return result;
}

function checkIds(
  file: string,
  use: BlockUse,
  prop: string,
  refers: Reference,
  value: Literal,
  facts: SharedFacts,
  slugs: ReadonlySet<string>,
): void {
  for (const id of Array.isArray(value) ? value : [value]) {
    if (typeof id !== 'string') continue; // compileBody has reported the type already
    if (refers === 'explainers') {
      if (!slugs.has(id))
        throw blockError(
          file,
          use,
          prop,
          `unknown explainer "${id}".`,
          `${didYouMean(id, slugs)} Explainer ids are folder names in content/explainers.`,
        );
    } else if (!facts[refers].has(id)) {
      const { message, hint } = unknownRecord(facts, refers, id);
      throw blockError(file, use, prop, message, hint);
    }
  }
}

function unitHint(unit: string): string {
  return `${didYouMean(unit, unitNames)} A new unit goes in locales/<locale>/units.json, with every plural form.`;
}
