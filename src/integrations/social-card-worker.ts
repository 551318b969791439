import { mkdir, rename, writeFile } from 'node:fs/promises';
import { setPriority } from 'node:os';
import { dirname } from 'node:path';
import { parentPort } from 'node:worker_threads';
import { drawCard } from '../lib/pages/social-card';
import type { CardJob, CardResult } from './social-cards';

// The lowest priority, for this thread alone: pages render first, and cards take what the
// other cores leave. Only Linux keeps a priority per thread; elsewhere it would be the
// whole build's.
if (process.platform === 'linux') setPriority(19);

// A few cards at a time: a card with a picture is packed in sharp's own threads (and its file
// written) while the next is drawn.
const IN_FLIGHT = 3;
const queue: CardJob[] = [];
let running = 0;
let stopping = false;

async function draw({ file, path, text }: CardJob): Promise<CardResult> {
  try {
    const png = await drawCard(text);
    await mkdir(dirname(path), { recursive: true });
    // Written beside and renamed: an interrupted build never leaves half a card.
    await writeFile(`${path}.tmp`, png);
    await rename(`${path}.tmp`, path);
    return { file };
  } catch (error) {
    return { file, error: error instanceof Error ? error.message : String(error) };
  }
}

function pump() {
  while (running < IN_FLIGHT && queue.length > 0) {
    running += 1;
    void draw(queue.shift()!).then((result) => {
      running -= 1;
      parentPort!.postMessage(result);
      pump();
    });
  }
  // Told to stop: the cards in hand are finished (their files complete), the rest left to whoever asks.
  if (stopping && running === 0) parentPort!.postMessage({ stopped: true } satisfies CardResult);
}

parentPort!.on('message', (message: CardJob[] | 'stop') => {
  if (message === 'stop') {
    stopping = true;
    queue.length = 0;
  } else queue.push(...message);
  pump();
});
