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
export interface CardResult {
  file: string;
  error?: string;
}

export interface CardsDone {
  /** Every card file this build has, drawn or kept (absolute paths). */
  files: Set<string>;
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
 * pages on the main thread. `finish` waits for the last, fails naming the explainer of any
 * card that could not be drawn, and records the keys for the next build.
 */
export function startCardStep({ root, outDir, keysFile, reuse }: Options) {
  const previous: Record<string, string> = existsSync(keysFile) ? JSON.parse(readFileSync(keysFile, 'utf8')) : {};
  const requested = new Map<string, CardRequest>();
  const failures: string[] = [];
  const workers: Worker[] = [];
  let pending = 0;
  let drawn = 0;
  let settle: (() => void) | undefined;
  let crash: Error | undefined;

  const saveKeys = (entries: Record<string, string>) => {
    mkdirSync(dirname(keysFile), { recursive: true });
    writeFileSync(keysFile, JSON.stringify(entries));
  };

  const startWorkers = () => {
    // The worker runs this project's TypeScript as the build's own code does.
    const tsx = pathToFileURL(createRequire(join(root, 'package.json')).resolve('tsx')).href;
    for (let i = 0; i < WORKERS; i++) {
      const worker = new Worker(new URL('./social-card-worker.ts', import.meta.url), { execArgv: ['--import', tsx] });
      worker.on('message', ({ file, error }: CardResult) => {
        if (error) failures.push(`Social card ${file} (from ${requested.get(file)?.source}): ${error}`);
        else drawn += 1;
        pending -= 1;
        if (pending === 0) settle?.();
      });
      worker.on('error', (error) => {
        crash = error;
        settle?.();
      });
      workers.push(worker);
    }
  };

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
      saveKeys(previous);
      if (workers.length === 0) startWorkers();
      pending += jobs.length;
      for (let i = 0; i < jobs.length; i += JOBS_PER_MESSAGE) {
        workers[(i / JOBS_PER_MESSAGE) % workers.length]!.postMessage(jobs.slice(i, i + JOBS_PER_MESSAGE));
      }
    },
  };
  (globalThis as { [CARD_STEP]?: CardStep })[CARD_STEP] = step;

  /** Every card file this build has, drawn or being drawn or kept (absolute paths). */
  const files = () => new Set([...requested.keys()].map((file) => join(outDir, file)));

  return {
    files,
    async finish(): Promise<CardsDone> {
      delete (globalThis as { [CARD_STEP]?: CardStep })[CARD_STEP];
      try {
        if (pending > 0 && !crash) await new Promise<void>((resolve) => (settle = resolve));
      } finally {
        await Promise.all(workers.map((worker) => worker.terminate()));
      }
      if (crash) throw new Error(`Drawing the social cards failed: ${crash.message}`, { cause: crash });
      if (failures.length > 0) {
        throw new Error(
          `${failures.join('\n')}\nHint: a card shows the explainer's title, summary and lead picture; check the picture file.`,
        );
      }
      saveKeys(Object.fromEntries([...requested.values()].map((card) => [card.file, card.key])));
      return { files: files(), drawn, reused: requested.size - drawn };
    },
  };
}
