import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { buildEnv } from './build-env';
import { astroBin, distDir, projectRoot } from './paths';

/**
 * Builds dist/ once before the build-output and browser tests, so they always
 * assert on output of the code under test (never a stale dist/). Set
 * TLUMACH_REUSE_DIST=1 to skip when dist/ was just built by `npm run build`.
 */
export default function setup(): void {
  const marker = join(distDir, 'pagefind', 'pagefind-entry.json');
  if (process.env.TLUMACH_REUSE_DIST === '1' && existsSync(marker)) return;
  if (globalThis.__tlumachBuilt) return;
  execFileSync(process.execPath, [astroBin, 'build', '--silent'], {
    cwd: projectRoot,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: buildEnv(),
  });
  globalThis.__tlumachBuilt = true;
}

declare global {
  var __tlumachBuilt: boolean | undefined;
}
