import { cpSync, readFileSync, readdirSync, rmSync, appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { projectRoot } from '../support/paths';
import { copyProject, type ProjectCopy } from '../support/project-copy';
import { drawPhoto, drawPictures } from '../support/pictures-site';

// Optimising pictures is the slow part of a build that has them (AVIF above all): a
// rebuild must encode only pictures that are new or changed. A copy of the project with
// the sample content of tests/fixtures/pictures is built, changed and built again.
let copy: ProjectCopy;
const street = () => join(copy.root, 'content/explainers/pictures-and-charts/street.png');
const lead = () => join(copy.root, 'content/explainers/pictures-and-charts/lead.jpg');
/** The cards of the explainer whose lead picture is replaced (in its three languages), and of the other one. */
const cards = () =>
  Object.fromEntries(
    ['en/explainers/pictures-and-charts', 'uk/explainers/pictures-and-charts', 'be/explainers/pictures-and-charts']
      .concat('en/explainers/one-photo-one-chart')
      .map((page) => [page, readFileSync(join(copy.root, 'dist', page, 'card.png'))]),
  );

beforeAll(async () => {
  copy = copyProject();
  rmSync(join(copy.root, 'content'), { recursive: true, force: true });
  cpSync(join(projectRoot, 'tests/fixtures/pictures/content'), join(copy.root, 'content'), { recursive: true });
  await drawPictures(join(copy.root, 'content'));
});
afterAll(() => copy?.remove());

async function build(env: Record<string, string> = {}): Promise<string> {
  const { code, output } = await copy.build(env);
  if (code !== 0) throw new Error(`The build failed:\n${output}`);
  return output;
}

/** Astro's log of the optimised pictures: the files it encoded, and those it reused from its cache. */
function pictures(log: string) {
  const lines = log.split('\n').filter((line) => /▶ \/_astro\/\S+\.(avif|webp|jpg|png) /.test(line));
  const file = (line: string) => /\/_astro\/(\S+)/.exec(line)![1]!;
  return {
    encoded: lines.filter((l) => l.includes('(before:')).map(file),
    reused: lines.filter((l) => l.includes('(reused cache entry)')).map(file),
  };
}

const astroFiles = (dist: string) => readdirSync(join(dist, '_astro')).filter((f) => /\.(avif|webp|jpg|png)$/.test(f));

describe('a rebuild with pictures', () => {
  let first: ReturnType<typeof pictures>;

  test('the first build encodes every size of every picture', async () => {
    const log = await build();
    first = pictures(log);
    expect(log).toContain('social cards: 4 drawn, 0 from the cache');
    // 4 raster pictures in the body and frontmatter, 1 portrait: 3 formats each, 5 widths (the portrait 3).
    expect(first.encoded.length).toBe(4 * 3 * 5 + 3 * 3);
    expect(first.reused).toEqual([]);
  });

  test('with nothing changed, every optimised picture is reused and none is encoded', async () => {
    const log = await build();
    const second = pictures(log);
    expect(log).toContain('social cards: 0 drawn, 4 from the cache');
    expect(second.encoded).toEqual([]);
    expect(second.reused.sort()).toEqual([...first.encoded].sort());
  });

  test('an edited text reuses its pictures', async () => {
    appendFileSync(join(copy.root, 'content/explainers/pictures-and-charts/en.mdx'), '\nOne more sentence.\n');
    const log = await build();
    expect(pictures(log).encoded).toEqual([]);
    // The card shows the title, summary and lead picture, none of which changed.
    expect(log).toContain('social cards: 0 drawn, 4 from the cache');
  });

  test('a replaced picture is encoded again, alone, and its old sizes leave dist/', async () => {
    await (await drawPhoto(1200, 800, 9)).png().toFile(street());
    const output = await build();
    const log = pictures(output);
    expect(log.encoded.length).toBe(3 * 5);
    expect(log.encoded.every((file) => file.startsWith('street.'))).toBe(true);
    // The street scene is in the body, not on the card.
    expect(output).toContain('social cards: 0 drawn, 4 from the cache');
    const dist = join(copy.root, 'dist');
    const streets = astroFiles(dist).filter((f) => f.startsWith('street.'));
    expect(streets.sort()).toEqual([...log.encoded].sort());
  });

  test('a replaced lead picture draws that explainer’s cards again, and only those', async () => {
    const before = cards();
    await (await drawPhoto(2400, 1600, 8)).jpeg({ quality: 85 }).toFile(lead());
    const log = await build();
    expect(log).toContain('social cards: 3 drawn, 1 from the cache');
    const after = cards();
    const changed = Object.keys(before).filter((page) => !before[page]!.equals(after[page]!));
    expect(changed).toEqual(Object.keys(before).filter((page) => page.endsWith('/pictures-and-charts')));
  });

  test('and dist/ is, byte for byte, what a clean build writes', async () => {
    const clean = join(copy.root, 'clean-dist');
    await build({ OUT_DIR: clean, TLUMACH_RENDER_CACHE: 'off' });
    const dist = join(copy.root, 'dist');
    const files = astroFiles(dist).sort();
    expect(files).toEqual(astroFiles(clean).sort());
    const differing = files.filter(
      (f) => !readFileSync(join(dist, '_astro', f)).equals(readFileSync(join(clean, '_astro', f))),
    );
    expect(differing).toEqual([]);
    const cleanCards = Object.entries(cards()).filter(
      ([page, card]) => !card.equals(readFileSync(join(clean, page, 'card.png'))),
    );
    expect(cleanCards.map(([page]) => page)).toEqual([]);
  });
});
