/**
 * npm run bench:cards [-- --size 1000] [-- --runs 3]
 * What social cards add to a clean build: clean builds of N explainers × 3 languages with
 * cards on (the project) and off (a copy with socialCards: false), alternated in one run so
 * both see the same load, and the medians.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { localeCodes } from '../../src/i18n/locales';
import { copyProject, withIntegrationOptions } from '../support/project-copy';
import { projectRoot } from '../support/paths';
import { generateCorpus } from './corpus';
import { measureBuild, type BuildFigures } from './measure-build';

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1]! : fallback;
};
const n = Number(option('size', '1000'));
const runs = Number(option('runs', '3'));
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

const contentDir = join(projectRoot, `tests/.tmp/bench-content-${n}`);
generateCorpus(join(projectRoot, 'content'), contentDir, { n, blocks: true });
const off = copyProject();
withIntegrationOptions(off.root, { socialCards: false });
const sites = {
  on: { root: projectRoot, outDir: join(projectRoot, `tests/.tmp/bench-cards-on-${n}`) },
  off: { root: off.root, outDir: join(off.root, 'dist') },
};

const figures: Record<'on' | 'off', BuildFigures[]> = { on: [], off: [] };
try {
  for (let run = 1; run <= runs; run++) {
    // Alternate which goes first, so a burst of load elsewhere does not always hit the same one.
    for (const cards of run % 2 ? (['on', 'off'] as const) : (['off', 'on'] as const)) {
      const { root, outDir } = sites[cards];
      const env = { CONTENT_DIR: contentDir, OUT_DIR: outDir };
      rmSync(outDir, { recursive: true, force: true });
      rmSync(join(root, `node_modules/.astro-${contentDir.replace(/\W+/g, '_')}`), { recursive: true, force: true });
      figures[cards].push(await measureBuild(env, root));
      console.error(`run ${run}, cards ${cards}: clean ${figures[cards].at(-1)!.wallS} s`);
    }
  }
} finally {
  off.remove();
}

const cards = n * localeCodes.length;
const wall = { on: median(figures.on.map((f) => f.wallS)), off: median(figures.off.map((f) => f.wallS)) };
const cpu = { on: median(figures.on.map((f) => f.cpuS)), off: median(figures.off.map((f) => f.cpuS)) };
console.log(`\nClean builds of ${n} × ${localeCodes.length} explainers, medians of ${runs} alternated runs`);
console.log(
  `wall: cards on ${wall.on.toFixed(1)} s, off ${wall.off.toFixed(1)} s: +${(100 * (wall.on / wall.off - 1)).toFixed(1)} %`,
);
console.log(`CPU:  cards on ${cpu.on.toFixed(1)} s, off ${cpu.off.toFixed(1)} s`);
console.log(
  `per card: ${((1000 * (wall.on - wall.off)) / cards).toFixed(2)} ms wall, ${((1000 * (cpu.on - cpu.off)) / cards).toFixed(2)} ms CPU`,
);
console.log(
  `runs (wall, s): on ${figures.on.map((f) => f.wallS).join(' / ')}; off ${figures.off.map((f) => f.wallS).join(' / ')}`,
);
