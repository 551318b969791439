import type { CardText } from './social-card';

/** One social card the build should have: where it goes in the output folder, what it shows. */
export interface CardRequest {
  /** Relative to the output folder, e.g. `uk/explainers/<slug>/card.png`. */
  file: string;
  text: CardText;
  /** Changes when what the card shows or the code changes: an unchanged card is not drawn again. */
  key: string;
  /** The explainer file the card is drawn from, for error messages. */
  source: string;
}

/** Where the build's card step (src/integrations/social-cards.ts) listens while `astro build` runs. */
export const CARD_STEP = Symbol.for('tlumach.socialCards');

export interface CardStep {
  request(cards: CardRequest[]): void;
}

/**
 * Hands the site's cards to the build's card step, which draws them in worker threads
 * while pages render (as astro:assets hands its images to the build). Outside a build
 * (astro dev) there is no step, and the list is not made: the dev server draws a card
 * when it is asked for.
 */
export async function requestCards(cards: () => Promise<CardRequest[]>): Promise<void> {
  const step = (globalThis as { [CARD_STEP]?: CardStep })[CARD_STEP];
  if (step) step.request(await cards());
}
