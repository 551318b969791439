import type { BlockName } from '../../blocks/specs';
import Cite from './Cite.astro';
import Fact from './Fact.astro';
import Figure from './Figure.astro';
import Chart from './Chart.astro';
import KeyFacts from './KeyFacts.astro';
import Org from './Org.astro';
import Person from './Person.astro';
import Quote from './Quote.astro';
import Related from './Related.astro';
import Term from './Term.astro';
import Timeline from './Timeline.astro';

/** Any Astro component: BlockTree hands each block the props compileBody has checked. */
type BlockComponent = (props: any) => unknown;

/**
 * The Astro component that renders each block, in the page's language. They read the
 * page's locale and the shared facts from Astro.locals (see src/lib/pages/block-context.ts).
 */
export const blockComponents: Record<BlockName, BlockComponent> = {
  Timeline,
  Person,
  Org,
  Term,
  Cite,
  Quote,
  KeyFacts,
  Fact,
  Related,
  Figure,
  Chart,
};
