import type { APIRoute } from 'astro';
import { drawCard, type CardText } from '../../../../lib/pages/social-card';
import { cardPaths } from '../../../../lib/pages/static-paths';

export const getStaticPaths = cardPaths;

/** The explainer's social card (og:image): a PNG drawn at build time, only when its text or picture changed. */
export const GET: APIRoute<{ card: CardText }> = async ({ props }) =>
  new Response(await drawCard(props.card), { headers: { 'Content-Type': 'image/png' } });
