import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { CARD_STEP, type CardRequest, type CardStep } from '../lib/pages/card-requests';
import type { CardText } from '../lib/pages/social-card';

/** A card for a worker to draw: its file in the output folder, the absolute path, what it shows. */
export interface CardJob {
  file: string;
  path: string;
  text: CardText;
}
/** A worker's answer: one card drawn (or not, with the error), or `stopped` once it has put its pen down. */
export type CardResult = { file: string; error?: string } | { stopped: true };

/** Where the cards stand when the pages are done: plain data, so another process can finish them. */
export interface CardHandOver {
  root: string;
  keysFile: string;
  /** Every card the site has: file, key and the explainer it is drawn from. */
  cards: [file: string, key: string, source: string][];
  /** Cards still to draw. */
  undrawn: CardJob[];
  drawn: number;
  /** Cards that could not be drawn, each named with its explainer. */
  failures: string[];
}

export interface CardsDone {
  drawn: number;
  reused: number;
}

interface Options {
  root: string;
  outDir: string;
  /** The keys of the cards in `outDir`, as the last build left them. */
  keysFile: string;
  /** false: every card is drawn again (TLUMACH_RENDER_CACHE=off). */
  reuse: boolean;
}

// Pages render on the main thread; the other cores draw (on 2 cores: one worker).
const WORKERS = Math.max(1, Math.min(4, availableParallelism() - 1));
const JOBS_PER_MESSAGE = 50;

/**
 * The build's social cards. The explainer pages' getStaticPaths hands over every card the
 * site should have (requestCards); a card whose key is that of the file already in the
 * output folder is kept, the others are drawn in worker threads while Astro renders the
 * pages on the main thread. When the pages are done, `handOver` stops the workers after
 * the cards they are drawing and says what is left, for `finishCards` to draw (in the
 * process that runs the steps after the build, beside the search index).
 */
export function startCardStep({ root, outDir, keysFile, reuse }: Options) {
  const previous: Record<string, string> = existsSync(keysFile) ? JSON.parse(readFileSync(keysFile, 'utf8')) : {};
  const requested = new Map<string, CardRequest>();
  const undrawn = new Map<string, CardJob>();
  const failures: string[] = [];
  let drawn = 0;
  let pool: CardPool | undefined;

  const step: CardStep = {
    request(cards) {
      const jobs: CardJob[] = [];
      for (const card of cards) {
        if (requested.get(card.file)?.key === card.key) continue;
        requested.set(card.file, card);
        const path = join(outDir, card.file);
        if (reuse && previous[card.file] === card.key && existsSync(path)) continue;
        // Forgotten before it is drawn: a build that stops half-way leaves no key for a card it changed.
        delete previous[card.file];
        jobs.push({ file: card.file, path, text: card.text });
      }
      if (jobs.length === 0) return;
      saveKeys(keysFile, previous);
      for (const job of jobs) undrawn.set(job.file, job);
      pool ??= cardPool(root, (file, error) => {
        undrawn.delete(file);
        if (error) failures.push(failure(file, requested.get(file)?.source, error));
        else drawn += 1;
      });
      pool.post(jobs);
    },
  };
  (globalThis as { [CARD_STEP]?: CardStep })[CARD_STEP] = step;

  return {
    /** Every card file this build has, drawn or being drawn or kept (absolute paths). */
    files: () => [...requested.keys()].map((file) => join(outDir, file)),
    async handOver(): Promise<CardHandOver> {
      delete (globalThis as { [CARD_STEP]?: CardStep })[CARD_STEP];
      await pool?.stop();
      return {
        root,
        keysFile,
        cards: [...requested.values()].map((card) => [card.file, card.key, card.source]),
        undrawn: [...undrawn.values()],
        drawn,
        failures,
      };
    },
  };
}

/**
 * Draws the cards `handOver` left, fails naming the explainer of any card that could not be
 * drawn (here or before), and records every card's key for the next build.
 */
export async function finishCards(plan: CardHandOver): Promise<CardsDone> {
  const sources = new Map(plan.cards.map(([file, , source]) => [file, source]));
  const failures = [...plan.failures];
  let drawn = plan.drawn;
  if (plan.undrawn.length > 0) {
    let left = plan.undrawn.length;
    let done!: () => void;
    const finished = new Promise<void>((resolve) => (done = resolve));
    const pool = cardPool(plan.root, (file, error) => {
      if (error) failures.push(failure(file, sources.get(file), error));
      else drawn += 1;
      if (--left === 0) done();
    });
    pool.post(plan.undrawn);
    try {
      await Promise.race([finished, pool.crashed]);
    } finally {
      await pool.stop();
    }
  }
  if (failures.length > 0) {
    throw new Error(
      `${failures.join('\n')}\nHint: a card shows the explainer's title, summary and lead picture; check the picture file.`,
    );
  }
  saveKeys(plan.keysFile, Object.fromEntries(plan.cards.map(([file, key]) => [file, key])));
  return { drawn, reused: plan.cards.length - drawn };
}

interface CardPool {
  post(jobs: CardJob[]): void;
  /** Rejects when a worker fails outside a card (a card's own error is a result). */
  crashed: Promise<never>;
  /** Lets the workers finish the cards they are drawing, drops the rest, and ends them. */
  stop(): Promise<void>;
}

function cardPool(root: string, onCard: (file: string, error?: string) => void): CardPool {
  // The worker runs this project's TypeScript as the build's own code does.
  const tsx = pathToFileURL(createRequire(join(root, 'package.json')).resolve('tsx')).href;
  const workers: Worker[] = [];
  const stopped: Promise<void>[] = [];
  let crash!: (error: Error) => void;
  const crashed = new Promise<never>((_, reject) => (crash = reject));
  crashed.catch(() => {}); // seen by whoever awaits it
  for (let i = 0; i < WORKERS; i++) {
    const worker = new Worker(new URL('./social-card-worker.ts', import.meta.url), { execArgv: ['--import', tsx] });
    stopped.push(
      new Promise((resolve) => {
        worker.on('message', (result: CardResult) => {
          if ('stopped' in result) resolve();
          else onCard(result.file, result.error);
        });
        worker.on('error', (error) => {
          crash(new Error(`Drawing the social cards failed: ${error.message}`, { cause: error }));
          resolve();
        });
        worker.on('exit', () => resolve());
      }),
    );
    workers.push(worker);
  }
  let next = 0;
  return {
    post(jobs) {
      for (let i = 0; i < jobs.length; i += JOBS_PER_MESSAGE) {
        workers[next++ % workers.length]!.postMessage(jobs.slice(i, i + JOBS_PER_MESSAGE));
      }
    },
    crashed,
    async stop() {
      for (const worker of workers) worker.postMessage('stop');
      await Promise.all(stopped);
      await Promise.all(workers.map((worker) => worker.terminate()));
    },
  };
}

function failure(file: string, source: string | undefined, error: string): string {
  return `Social card ${file} (from ${source}): ${error}`;
}

function saveKeys(keysFile: string, entries: Record<string, string>): void {
  mkdirSync(dirname(keysFile), { recursive: true });
  writeFileSync(keysFile, JSON.stringify(entries));
}
