import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { copyProject, type ProjectCopy } from '../support/project-copy';

// `npm run build` runs the steps after the build (search index, saved copies, offline
// manifests, _headers) in its own process once Astro has exited, so Astro's heap is not held
// while Pagefind runs. What it writes must be what `astro build` writes with the steps in
// Astro's process, and a step that fails must fail the build as it does there.
let copy: ProjectCopy;

beforeAll(() => {
  copy = copyProject();
});
afterAll(() => copy?.remove());

/** Every file under `folder`, with its bytes. */
function files(folder: string): Map<string, Buffer> {
  return new Map(
    readdirSync(folder, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => join(entry.parentPath, entry.name))
      .map((path) => [relative(folder, path), readFileSync(path)]),
  );
}

describe('npm run build and the steps after the build', () => {
  let output = '';

  test('the steps run after Astro has exited, and write what astro build writes', async () => {
    const npm = await copy.npmBuild();
    expect(npm.code, npm.output).toBe(0);
    output = npm.output;
    const astro = await copy.build({ OUT_DIR: './dist-astro' });
    expect(astro.code, astro.output).toBe(0);

    // Astro's last line comes before the first step's; with `astro build` it comes after the last.
    const complete = output.indexOf('[build] Complete!');
    expect(complete).toBeGreaterThan(0);
    expect(output.indexOf('search index: en, uk, be indexed')).toBeGreaterThan(complete);
    expect(output.indexOf('_headers: ')).toBeGreaterThan(complete);
    expect(astro.output.indexOf('_headers: ')).toBeLessThan(astro.output.indexOf('[build] Complete!'));

    const byNpm = files(join(copy.root, 'dist'));
    const byAstro = files(join(copy.root, 'dist-astro'));
    expect([...byNpm.keys()].sort()).toEqual([...byAstro.keys()].sort());
    for (const [path, bytes] of byNpm) expect(bytes.equals(byAstro.get(path)!), path).toBe(true);
    // The steps' own output is there: the index, a copy per language, manifests and _headers.
    for (const path of ['pagefind/pagefind-entry.json', 'copies/uk.zip', 'offline/versions.json', '_headers'])
      expect(byNpm.has(path), path).toBe(true);
    // The plan Astro handed over is used up.
    const cache = join(copy.root, 'node_modules/.astro');
    expect(readdirSync(cache).filter((name) => name.startsWith('tlumach-after-build-'))).toEqual([]);
  });

  test('a step that fails after Astro has exited fails the build, which is not taken for a good one', async () => {
    expect(output).not.toBe(''); // the build above
    const pagefind = join(copy.root, 'dist/pagefind');
    rmSync(pagefind, { recursive: true });
    writeFileSync(pagefind, 'not a folder');
    const failed = await copy.npmBuild();
    expect(failed.code).not.toBe(0);
    expect(failed.output).toMatch(/Pagefind cannot write its index: .*dist\/pagefind is a file, not a folder/);
    // Nothing is skipped next time: the same failure again, until the file is moved.
    const again = await copy.npmBuild();
    expect(again.code).not.toBe(0);
    expect(again.output).not.toMatch(/^Nothing changed since the last build/m);
    rmSync(pagefind);
    const fixed = await copy.npmBuild();
    expect(fixed.code, fixed.output).toBe(0);
    expect(existsSync(join(pagefind, 'pagefind-entry.json'))).toBe(true);
  });
});
