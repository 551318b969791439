/**
 * npm run build [-- <astro build arguments>]
 * Runs `astro build`, unless the last successful build's output is exactly what this one
 * would write: then it says so and exits without starting Astro (whose start-up, content
 * sync and server build take seconds even when nothing changed). "Exactly" means the same
 * inputs (a hash of every file, variable and argument the build reads, src/cli/build-record.ts)
 * and an output folder with every file the build left, each of the same size and mtime.
 * TLUMACH_RENDER_CACHE=off or --force always builds.
 *
 * The steps after the build (search index, saved copies, offline manifests, _headers) run
 * here, once Astro has exited: they would otherwise run beside the heap Astro keeps after
 * rendering, and Pagefind needs as much again (src/integrations/after-build.ts).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { constants } from 'node:os';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { PLAN_FILE_VARIABLE, runStepsAfterBuild, takePlan } from '../integrations/after-build';
import { buildFolders } from '../integrations/build-folders';
import { outputFolderKey } from '../integrations/output-folder';
import { inputsDigest, outputDifference, outputEntries, readRecord, removeRecord, writeRecord } from './build-record';
import { runCli } from './run';

/** Arguments that point Astro at other folders or another config than the ones checked here. */
const OTHER_FOLDERS = ['--root', '--config', '--outDir'];
const FORCE = '--force';

runCli(async () => {
  const args = process.argv.slice(2);
  const root = process.cwd();
  if (args.includes('--help') || args.includes('-h')) return astroBuild(root, args);

  const folders = buildFolders(process.env);
  const outDir = resolve(root, folders.outDir);
  const shownOutDir = shown(root, outDir);
  // Keyed like the integration's own files about this folder (config.outDir ends with a slash).
  const cacheDir = resolve(root, folders.cacheDir);
  const recordFile = join(cacheDir, `tlumach-build-record-${outputFolderKey(`${outDir}/`)}.json`);
  const planFile = join(cacheDir, `tlumach-after-build-${outputFolderKey(`${outDir}/`)}.json`);
  const otherFolders = args.some((arg) => OTHER_FOLDERS.some((name) => arg === name || arg.startsWith(`${name}=`)));
  const started = new Date();
  // --force, like TLUMACH_RENDER_CACHE=off, changes how Astro builds, not what it writes.
  const inputArgs = args.filter((arg) => arg !== FORCE);
  const inputs = otherFolders ? undefined : inputsDigest(root, process.env, inputArgs, started);

  const decision = decide();
  function decide(): { skip: string } | { build: string } {
    if (process.env.TLUMACH_RENDER_CACHE === 'off') return { build: 'TLUMACH_RENDER_CACHE=off' };
    if (args.includes(FORCE)) return { build: FORCE };
    if (otherFolders) return { build: `${OTHER_FOLDERS.join(', ')} name folders this command does not check` };
    const record = readRecord(recordFile);
    if (!record) return { build: `no record of a successful build into ${shownOutDir}` };
    if (record.inputs !== inputs) return { build: 'files, settings or the day have changed since the last build' };
    const output = outputEntries(outDir);
    const difference = outputDifference(record.output, output);
    if (difference) return { build: `${shownOutDir}${difference}` };
    const files = Object.values(output).filter((entry) => entry !== 'dir').length;
    const seconds = (performance.now() / 1000).toFixed(1);
    return {
      skip: `Nothing changed since the last build at ${when(record.builtAt)}: ${shownOutDir} kept (${files} files checked, ${seconds} s)`,
    };
  }
  if ('skip' in decision) {
    console.log(decision.skip);
    return 0;
  }

  console.log(`Building: ${decision.build}.`);
  // A build that fails or is interrupted half way must never pass for a good one.
  removeRecord(recordFile);
  rmSync(planFile, { force: true }); // one an interrupted build left
  const code = await astroBuild(root, args, { [PLAN_FILE_VARIABLE]: planFile });
  if (code !== 0) return code;
  const plan = takePlan(planFile);
  if (plan) await runStepsAfterBuild(plan, (message) => console.log(`${clock()} [tlumach] ${message}`));
  if (inputs !== undefined) {
    mkdirSync(join(recordFile, '..'), { recursive: true });
    writeRecord(recordFile, { builtAt: new Date().toISOString(), inputs, output: outputEntries(outDir) });
  }
  return code;
});

/** `astro build <args>` with the same Node, its output streamed; resolves with its exit code. */
function astroBuild(root: string, args: string[], env: Record<string, string> = {}): Promise<number> {
  const astro = join(root, 'node_modules/astro/bin/astro.mjs');
  if (!existsSync(astro)) throw new Error(`${astro} is missing: run npm ci first.`);
  const child = spawn(process.execPath, [astro, 'build', ...args], {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: 'inherit',
  });
  // Ctrl-C reaches Astro from the terminal too; a signal sent to this process alone is passed on.
  const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
  const forward = (signal: NodeJS.Signals) => child.kill(signal);
  for (const signal of signals) process.on(signal, forward);
  return new Promise((done, fail) => {
    child.on('error', fail);
    child.on('close', (code, signal) => {
      for (const s of signals) process.off(s, forward);
      done(code ?? 128 + (signal ? constants.signals[signal] : 1));
    });
  });
}

/** `dist/` for a folder in the project, else its absolute path, with a final slash. */
function shown(root: string, folder: string): string {
  const path = relative(root, folder);
  return `${path === '' || path.startsWith('..') || isAbsolute(path) ? folder : path}/`;
}

/** "18:40:12", as Astro's own log lines begin. */
function clock(): string {
  return new Date().toTimeString().slice(0, 8);
}

/** "2026-12-02 18:40:12 UTC" */
function when(iso: string): string {
  return `${iso.slice(0, 10)} ${iso.slice(11, 19)} UTC`;
}
