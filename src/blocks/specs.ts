/**
 * The blocks authors may use in any explainer without an import, and what each prop
 * refers to. The content pipeline validates every use against this list at build time.
 */
export type Reference =
  'people' | 'organisations' | 'sources' | 'glossary' | 'events' | 'topics' | 'media' | 'datasets' | 'explainers';

export interface PropSpec {
  type: 'string' | 'number' | 'boolean' | 'string[]';
  required?: boolean;
  /** The shared collection (or the explainers) whose ids the value must name. */
  refers?: Reference;
  /** The only values the prop may take (`kind="bar"`). */
  oneOf?: readonly string[];
}

export interface BlockSpec {
  props: Record<string, PropSpec>;
  /** Whether the block wraps content (<Term id="…">text</Term>). */
  children: 'none' | 'optional' | 'required';
  /** The block it must sit directly inside, and the only block its content may be (a <dl> of facts). */
  parent?: string;
  only?: string;
}

export const blockSpecs = {
  Person: { props: { id: { type: 'string', required: true, refers: 'people' } }, children: 'optional' },
  Org: { props: { id: { type: 'string', required: true, refers: 'organisations' } }, children: 'optional' },
  Term: { props: { id: { type: 'string', required: true, refers: 'glossary' } }, children: 'optional' },
  Cite: { props: { id: { type: 'string', required: true, refers: 'sources' } }, children: 'none' },
  Quote: {
    // A quotation is always attributed and sourced.
    props: {
      by: { type: 'string', required: true, refers: 'people' },
      source: { type: 'string', required: true, refers: 'sources' },
    },
    children: 'required',
  },
  Timeline: {
    props: { ids: { type: 'string[]', refers: 'events' }, topic: { type: 'string', refers: 'topics' } },
    children: 'none',
  },
  KeyFacts: { props: {}, children: 'required', only: 'Fact' },
  // The children are the label ("officials under EU sanctions"); `over` makes the value a lower bound.
  Fact: {
    props: { value: { type: 'number', required: true }, unit: { type: 'string' }, over: { type: 'boolean' } },
    children: 'required',
    parent: 'KeyFacts',
  },
  Related: { props: { ids: { type: 'string[]', required: true, refers: 'explainers' } }, children: 'none' },
  // A picture beside the explainer (src="./photo.jpg") or from content/media.yaml (media="id"); the children
  // are the caption. Alt text is required unless the picture is marked decorative (see src/markdown/figures.ts).
  Figure: {
    props: {
      src: { type: 'string' },
      media: { type: 'string', refers: 'media' },
      alt: { type: 'string' },
      decorative: { type: 'boolean' },
      credit: { type: 'string' },
    },
    children: 'optional',
  },
  // A chart of a dataset in content/datasets.yaml, drawn at build time as SVG.
  Chart: {
    props: {
      id: { type: 'string', required: true, refers: 'datasets' },
      kind: { type: 'string', required: true, oneOf: ['bar', 'line'] },
    },
    children: 'none',
  },
} satisfies Record<string, BlockSpec>;

export type BlockName = keyof typeof blockSpecs;

export function isBlockName(name: string): name is BlockName {
  return Object.hasOwn(blockSpecs, name);
}
