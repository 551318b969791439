import Cite from './Cite.astro';
import Fact from './Fact.astro';
import KeyFacts from './KeyFacts.astro';
import Org from './Org.astro';
import Person from './Person.astro';
import Quote from './Quote.astro';
import Related from './Related.astro';
import Term from './Term.astro';
import Timeline from './Timeline.astro';
import type { BlockName } from '../../lib/block-checks';

/** Handed to every explainer's <Content />, so authors use the blocks without an import line. */
export const blockComponents = {
  Timeline,
  Person,
  Org,
  Term,
  Cite,
  Quote,
  KeyFacts,
  Fact,
  Related,
} satisfies Record<BlockName, unknown>;
