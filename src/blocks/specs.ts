/**
 * The blocks authors may use in any explainer without an import, and what each prop
 * refers to. The content pipeline validates every use against this list at build time.
 */
export type Reference = 'people' | 'organisations' | 'sources' | 'glossary' | 'events' | 'topics' | 'explainers';

export interface PropSpec {
  type: 'string' | 'number' | 'boolean' | 'string[]';
  required?: boolean;
  /** The shared collection (or the explainers) whose ids the value must name. */
  refers?: Reference;
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
} satisfies Record<string, BlockSpec>;

export type BlockName = keyof typeof blockSpecs;

export function isBlockName(name: string): name is BlockName {
  return Object.hasOwn(blockSpecs, name);
}
