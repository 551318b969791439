import type { APIRoute } from 'astro';
import { drawCard, type CardText } from '../lib/pages/social-card';
import { cardPaths } from '../lib/pages/static-paths';

export const getStaticPaths = cardPaths;

/**
 * An explainer's social card in `astro dev`, drawn when it is asked for. A build does not
 * route cards: its card step (social-cards.ts) draws them in worker threads.
 */
export const GET: APIRoute<{ card: CardText }> = async ({ props }) =>
  new Response(await drawCard(props.card), { headers: { 'Content-Type': 'image/png' } });
