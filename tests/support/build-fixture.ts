import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { buildEnv } from './build-env';
import { astroBin, projectRoot } from './paths';

const run = promisify(execFile);

export interface FixtureBuild {
  outDir: string;
  stdout: string;
  stderr: string;
}

/**
 * Builds the site from another content tree (CONTENT_DIR) into a temporary out dir
 * with the project's own code and config.
 */
export async function buildFixture(contentDir: string, env: Record<string, string> = {}): Promise<FixtureBuild> {
  const outDir = mkdtempSync(join(tmpdir(), 'tlumach-dist-'));
  const { stdout, stderr } = await run(process.execPath, [astroBin, 'build'], {
    cwd: projectRoot,
    env: buildEnv({ CONTENT_DIR: contentDir, OUT_DIR: outDir, ...env }),
    maxBuffer: 64 * 1024 * 1024,
  });
  return { outDir: `${outDir}/`, stdout, stderr };
}
