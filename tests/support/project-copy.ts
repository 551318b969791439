import { execFile } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildEnv } from './build-env';
import { npmCommand, projectRoot } from './paths';

/** What a build of the site needs; everything else (tests, dist/, caches) stays behind. */
const PROJECT_FILES = ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'locales', 'content', 'public'];

export interface ProjectCopy {
  root: string;
  /** Runs `astro build` in the copy; resolves with its exit code and everything it printed. */
  build: (env?: Record<string, string>) => Promise<{ code: number; output: string }>;
  /** Runs `npm run build -- <args>` in the copy, as a user does (src/cli/build.ts, which may not start Astro). */
  npmBuild: (env?: Record<string, string>, args?: string[]) => Promise<{ code: number; output: string }>;
  remove: () => void;
}

/** An overlay's options for the project's own tlumach() call, e.g. `{ "trustedCode": [...] }`. */
const OPTIONS_FILE = 'tlumach-options.json';

/**
 * A throwaway copy of the project in the system temp folder, with `overlay` (a folder
 * laid out like the project) copied on top. Dependencies are linked one by one (and
 * .bin, for npm run), so Astro's and Vite's caches (node_modules/.astro, .vite) stay
 * private to the copy.
 * An overlay's tlumach-options.json is added to the project's config, which stays the
 * one copy of the config (see withIntegrationOptions).
 */
export function copyProject(overlay?: string): ProjectCopy {
  const root = mkdtempSync(join(tmpdir(), 'tlumach-site-'));
  for (const name of PROJECT_FILES) cpSync(join(projectRoot, name), join(root, name), { recursive: true });
  const modules = join(root, 'node_modules');
  mkdirSync(modules);
  for (const name of readdirSync(join(projectRoot, 'node_modules'))) {
    if (!name.startsWith('.') || name === '.bin')
      symlinkSync(join(projectRoot, 'node_modules', name), join(modules, name));
  }
  if (overlay) cpSync(overlay, root, { recursive: true });
  if (existsSync(join(root, OPTIONS_FILE))) {
    withIntegrationOptions(root, JSON.parse(readFileSync(join(root, OPTIONS_FILE), 'utf8')));
    rmSync(join(root, OPTIONS_FILE));
  }

  const run = (command: string, args: string[], env: Record<string, string>) =>
    new Promise<{ code: number; output: string }>((resolve) => {
      execFile(
        command,
        args,
        { cwd: root, env: buildEnv({ ...env, NO_COLOR: '1', FORCE_COLOR: '0' }), maxBuffer: 16 * 1024 * 1024 },
        (error, stdout, stderr) => {
          const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
          resolve({ code, output: `${stdout}\n${stderr}` });
        },
      );
    });
  return {
    root,
    build: (env = {}) => run(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], env),
    npmBuild: (env = {}, args = []) => run(...npmCommand('run', 'build', ...(args.length ? ['--', ...args] : [])), env),
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}

/** Adds options to the tlumach({ … }) call of the astro.config.mjs in `root`. */
export function withIntegrationOptions(root: string, options: Record<string, unknown>): void {
  const config = join(root, 'astro.config.mjs');
  const fields = Object.entries(options).map(([name, value]) => `${name}: ${JSON.stringify(value)}, `);
  const text = readFileSync(config, 'utf8');
  if (!text.includes('tlumach({')) throw new Error(`${config} has no tlumach({ … }) call to add options to.`);
  writeFileSync(config, text.replace('tlumach({', `tlumach({ ${fields.join('')}`));
}
