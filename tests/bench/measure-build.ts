import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { astroBin, projectRoot } from '../support/paths';

export interface BuildFigures {
  wallS: number;
  cpuS: number;
  peakRssMB: number;
  pagefindS: number;
  astroS: number;
}

/**
 * Runs `astro build` (which ends with the Pagefind step) under GNU time, for wall and
 * CPU seconds and the peak RSS of the largest process (astro or pagefind).
 */
export function measureBuild(env: Record<string, string>, cwd = projectRoot): Promise<BuildFigures> {
  if (!existsSync('/usr/bin/time')) throw new Error('The benchmark needs GNU time: apt-get install -y time');
  return new Promise((resolve, reject) => {
    const child = spawn('/usr/bin/time', ['-f', 'TIME %e %U %S %M', process.execPath, astroBin, 'build'], {
      cwd,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
    });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    child.on('close', (code) => {
      const time = /TIME ([\d.]+) ([\d.]+) ([\d.]+) (\d+)/.exec(out);
      const pagefind = /search index: .*, (\d+) ms/.exec(out);
      if (code !== 0 || !time || !pagefind) return reject(new Error(`build failed (${code}):\n${out.slice(-3000)}`));
      const wallS = Number(time[1]);
      const pagefindS = Number(pagefind[1]) / 1000;
      resolve({
        wallS,
        cpuS: Number(time[2]) + Number(time[3]),
        peakRssMB: Number(time[4]) / 1024,
        pagefindS,
        astroS: wallS - pagefindS,
      });
    });
  });
}
