import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { CARD_STEP, requestCards, type CardRequest } from '../../src/lib/pages/card-requests';
import { CARD_HEIGHT, CARD_WIDTH, drawCard } from '../../src/lib/pages/social-card';
import { finishCards, startCardStep } from '../../src/integrations/social-cards';
import { projectRoot } from '../support/paths';
import { pngSize } from '../support/png';

// The card step outside Astro: what the explainer pages hand it, it draws in worker threads
// into the output folder, keeps what is unchanged, and says which explainer failed. When the
// pages are done it hands what is left over as plain data, for another process to finish.
const dir = mkdtempSync(join(tmpdir(), 'card-step-'));
const outDir = join(dir, 'dist');
const keysFile = join(dir, 'cache/cards.json');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const text = (title: string) => ({ title, summary: 'Коротко', siteName: 'Тлумач', lang: 'uk', accent: '#1d4ed8' });
const card = (slug: string, title: string): CardRequest => ({
  file: `uk/explainers/${slug}/card.png`,
  text: text(title),
  key: `key of ${title}`,
  source: `content/explainers/${slug}/uk.mdx`,
});

async function build(cards: CardRequest[], reuse = true) {
  const step = startCardStep({ root: projectRoot, outDir, keysFile, reuse });
  await requestCards(async () => cards);
  // Through JSON, as the plan reaches the build command's process.
  const left = JSON.parse(JSON.stringify(await step.handOver()));
  return { ...(await finishCards(left)), files: step.files() };
}

test('a first build draws every card, as the same drawing code does in this thread', async () => {
  const cards = [card('a', 'Санкції'), card('b', 'Вибори 2020 року')];
  const done = await build(cards);
  expect([done.drawn, done.reused]).toEqual([2, 0]);
  expect([...done.files].sort()).toEqual(cards.map((c) => join(outDir, c.file)));
  for (const c of cards) {
    const png = readFileSync(join(outDir, c.file));
    expect(pngSize(png)).toEqual({ width: CARD_WIDTH, height: CARD_HEIGHT });
    expect(png.equals(Buffer.from(await drawCard(c.text)))).toBe(true);
  }
  expect((globalThis as Record<symbol, unknown>)[CARD_STEP]).toBeUndefined();
});

test('an unchanged card is kept, a changed one drawn again, and reuse off draws them all', async () => {
  const kept = statSync(join(outDir, 'uk/explainers/a/card.png')).mtimeMs;
  const again = await build([card('a', 'Санкції'), card('b', 'Вибори і протэсты')]);
  expect([again.drawn, again.reused]).toEqual([1, 1]);
  expect(statSync(join(outDir, 'uk/explainers/a/card.png')).mtimeMs).toBe(kept);
  expect(
    readFileSync(join(outDir, 'uk/explainers/b/card.png')).equals(
      Buffer.from(await drawCard(text('Вибори і протэсты'))),
    ),
  ).toBe(true);

  const all = await build([card('a', 'Санкції'), card('b', 'Вибори і протэсты')], false);
  expect([all.drawn, all.reused]).toEqual([2, 0]);
});

test('a card whose file is gone from the output is drawn again', async () => {
  rmSync(join(outDir, 'uk/explainers/a/card.png'));
  const done = await build([card('a', 'Санкції'), card('b', 'Вибори і протэсты')]);
  expect([done.drawn, done.reused]).toEqual([1, 1]);
});

test('a card that cannot be drawn fails the build naming the card and its explainer', async () => {
  const broken = {
    ...card('c', 'З фота'),
    text: { ...text('З фота'), picture: { path: 'no/such/picture.jpg', hash: 'x' } },
  };
  await expect(build([card('a', 'Санкції'), broken])).rejects.toThrow(
    /Social card uk\/explainers\/c\/card\.png \(from content\/explainers\/c\/uk\.mdx\): .*no\/such\/picture\.jpg/,
  );
  // Its key is not recorded: the next build tries it again, and keeps the others.
  mkdirSync(join(outDir, 'uk/explainers/c'), { recursive: true });
  writeFileSync(join(outDir, 'uk/explainers/c/card.png'), 'not a card');
  const done = await build([card('a', 'Санкції'), card('c', 'Тэкст')]);
  expect([done.drawn, done.reused]).toEqual([1, 1]);
});

test('cards left undrawn when the pages are done are finished from the hand-over, none half-written', async () => {
  const many = Array.from({ length: 40 }, (_, i) => card(`many-${i}`, `Пояснення ${i}`));
  const step = startCardStep({ root: projectRoot, outDir, keysFile, reuse: true });
  await requestCards(async () => many);
  const left = await step.handOver();
  // The workers stopped after the cards in hand; the rest are left, each still to draw.
  expect(left.undrawn.length).toBeGreaterThan(0);
  expect(left.drawn + left.undrawn.length).toBe(40);
  expect(left.cards).toHaveLength(40);
  expect((globalThis as Record<symbol, unknown>)[CARD_STEP]).toBeUndefined();
  const done = await finishCards(JSON.parse(JSON.stringify(left)));
  expect([done.drawn, done.reused]).toEqual([40, 0]);
  for (const c of [many[0]!, many[39]!])
    expect(readFileSync(join(outDir, c.file)).equals(Buffer.from(await drawCard(c.text)))).toBe(true);
  const files = readdirSync(outDir, { recursive: true }).map(String);
  expect(files.filter((file) => file.endsWith('.tmp'))).toEqual([]);
  expect(files.filter((file) => file.startsWith('uk/explainers/many-') && file.endsWith('card.png'))).toHaveLength(40);
  // Every key recorded: the next build keeps all forty.
  const again = await build(many);
  expect([again.drawn, again.reused]).toEqual([0, 40]);
});
