import { spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../support/paths';

export interface BuildFigures {
  wallS: number;
  /** User + system CPU of the whole process tree (astro and every child it waited for, Pagefind included). */
  cpuS: number;
  /** The peak of the summed RSS of every process in the build's tree, sampled every 50 ms. */
  peakRssMB: number;
  /** At that peak, the part held by Node (astro) and by the Pagefind binary. */
  peakNodeMB: number;
  peakPagefindMB: number;
  pagefindS: number;
  astroS: number;
  /** Seconds from the start to each phase's log line (content sync, server build, pages, build:done). */
  phases: Record<string, number>;
  /** The build's output, each line prefixed with the seconds since the start. */
  log: string;
  /** Nothing had changed: `npm run build` did not start Astro (src/cli/build.ts). */
  skipped: boolean;
}

const PAGE_SIZE_KB = 4;

/** Every live process with its parent, command name and resident memory (KB), read from /proc. */
function processTable(): { pid: number; ppid: number; name: string; rssKB: number }[] {
  const table = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // The command name is in parentheses and may hold spaces: fields start after the last ")".
      const close = stat.lastIndexOf(')');
      const name = stat.slice(stat.indexOf('(') + 1, close);
      const fields = stat.slice(close + 2).split(' ');
      table.push({ pid: Number(entry), ppid: Number(fields[1]), name, rssKB: Number(fields[21]) * PAGE_SIZE_KB });
    } catch {
      // The process ended between the listing and the read.
    }
  }
  return table;
}

/** Summed RSS of `root` and all its descendants, split into Pagefind's and the rest. */
function treeRss(root: number): { totalKB: number; pagefindKB: number } {
  const table = processTable();
  const children = new Map<number, typeof table>();
  for (const p of table) children.set(p.ppid, [...(children.get(p.ppid) ?? []), p]);
  let totalKB = 0;
  let pagefindKB = 0;
  const queue = table.filter((p) => p.pid === root);
  while (queue.length > 0) {
    const p = queue.pop()!;
    totalKB += p.rssKB;
    if (p.name.startsWith('pagefind')) pagefindKB += p.rssKB;
    queue.push(...(children.get(p.pid) ?? []));
  }
  return { totalKB, pagefindKB };
}

// Astro's log lines that open each phase, and the build:done steps' own lines.
const PHASES: [string, RegExp][] = [
  ['content synced', /Synced content/],
  ['server built', /generating static routes/],
  ['pages rendered', /explainer pages: /],
  ['search indexed', /search index: /],
  ['done', /Complete!/],
];

/**
 * Runs the command `npm run build` runs, what a user runs (src/cli/build.ts, which starts
 * `astro build` and its Pagefind step unless nothing changed), under GNU time, for wall and
 * CPU seconds, while sampling /proc for the memory of the whole process tree: Node and the
 * Pagefind binary it starts run at the same time, so their memory adds up. npm itself is
 * left out (70 MB of every npm project's build, not this one's).
 */
export function measureBuild(env: Record<string, string>, cwd = projectRoot): Promise<BuildFigures> {
  if (!existsSync('/usr/bin/time')) throw new Error('The benchmark needs GNU time: apt-get install -y time');
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn('/usr/bin/time', ['-f', 'TIME %e %U %S %M', ...buildCommand(cwd)], {
      cwd,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
    });
    let out = '';
    let log = '';
    const phases: Record<string, number> = {};
    const seen = (text: string) => {
      out += text;
      const at = (performance.now() - started) / 1000;
      log += text.replace(/^(?=.)/gm, `${at.toFixed(1).padStart(6)} `);
      for (const [name, pattern] of PHASES) if (!(name in phases) && pattern.test(out)) phases[name] = at;
    };
    let peak = { totalKB: 0, pagefindKB: 0 };
    let samples = 0;
    const sampler = setInterval(() => {
      if (child.pid === undefined) return;
      const now = treeRss(child.pid);
      if (now.totalKB > peak.totalKB) peak = now;
      if (++samples % 10 === 0)
        log += `${((performance.now() - started) / 1000).toFixed(1).padStart(6)} [rss] ${(now.totalKB / 1024).toFixed(0)} MB, Pagefind ${(now.pagefindKB / 1024).toFixed(0)} MB\n`;
    }, 50);
    child.stdout.on('data', (d: Buffer) => seen(d.toString()));
    child.stderr.on('data', (d: Buffer) => seen(d.toString()));
    child.on('close', (code) => {
      clearInterval(sampler);
      const time = /TIME ([\d.]+) ([\d.]+) ([\d.]+) (\d+)/.exec(out);
      const pagefind = /search index: .*, (\d+) ms/.exec(out);
      const skipped = /^Nothing changed since the last build/m.test(out);
      if (code !== 0 || !time || !(pagefind || skipped))
        return reject(new Error(`build failed (${code}):\n${out.slice(-3000)}`));
      const wallS = Number(time[1]);
      const pagefindS = pagefind ? Number(pagefind[1]) / 1000 : 0;
      // GNU time's %M is the largest single process; the sampled tree can only be larger.
      const peakKB = Math.max(peak.totalKB, Number(time[4]));
      resolve({
        wallS,
        cpuS: Number(time[2]) + Number(time[3]),
        peakRssMB: peakKB / 1024,
        peakNodeMB: (peakKB - peak.pagefindKB) / 1024,
        peakPagefindMB: peak.pagefindKB / 1024,
        pagefindS,
        astroS: wallS - pagefindS,
        phases,
        log,
        skipped,
      });
    });
  });
}

/** package.json's build script, run with this Node: it must start with `node`. */
function buildCommand(cwd: string): string[] {
  const script: string = JSON.parse(readFileSync(join(cwd, 'package.json'), 'utf8')).scripts.build;
  const [command, ...args] = script.split(/\s+/);
  if (command !== 'node') throw new Error(`The bench runs the build script with Node itself; it is "${script}".`);
  return [process.execPath, ...args];
}
