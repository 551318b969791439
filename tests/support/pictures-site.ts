import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import sharp, { type Sharp } from 'sharp';
import type { TestProject } from 'vitest/node';
import { buildEnv } from './build-env';
import { astroBin, projectRoot } from './paths';

const run = promisify(execFile);

/** The sample content of the picture and chart tests, copied here and given its drawn pictures. */
export const PICTURES_CONTENT = 'tests/.tmp/pictures-content';

/**
 * A generated picture. `photo` has detail at several scales (value noise of 96, 24 and
 * 6 px cells, then grain), so that it compresses about as a news photo does (a 720 px AVIF
 * of some 45 KB): the first-view budget is measured on it. `smooth` has the large scales
 * only: the other tests need real pictures, not their weight, and encoding detailed AVIF
 * is slow. Deterministic: the same bytes on every run.
 */
export async function drawPhoto(
  width: number,
  height: number,
  seed = 1,
  detail: 'photo' | 'smooth' = 'smooth',
): Promise<Sharp> {
  let state = seed;
  const random = () => (state = (state * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  // A small random picture scaled up by sharp is smooth noise of that cell size.
  const layer = async (cell: number) => {
    const w = Math.max(2, Math.ceil(width / cell));
    const h = Math.max(2, Math.ceil(height / cell));
    const small = Buffer.from(Array.from({ length: w * h * 3 }, () => Math.floor(random() * 256)));
    return sharp(small, { raw: { width: w, height: h, channels: 3 } })
      .resize(width, height, { fit: 'fill', kernel: 'cubic' })
      .raw()
      .toBuffer();
  };
  const cells = detail === 'photo' ? [400, 96, 24, 6] : [400, 96];
  const layers = await Promise.all(cells.map(layer));
  const weights = [1, 0.55, 0.4, 0.28];
  const pixels = Buffer.alloc(width * height * 3);
  for (let i = 0; i < pixels.length; i++) {
    let value = 0;
    for (let l = 0; l < layers.length; l++) value += (layers[l]![i]! - 128) * weights[l]!;
    pixels[i] = clamp(128 + value + (detail === 'photo' ? (random() - 0.5) * 16 : 0));
  }
  return sharp(pixels, { raw: { width, height, channels: 3 } });
}

function clamp(value: number): number {
  return Math.max(0, Math.min(255, Math.round(value)));
}

const MAP_SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 400 300" width="400" height="300">
<rect width="400" height="300" fill="#e8e4da"/><path d="M0 0h220l-40 300H0z" fill="#c9d8b6"/>
<path d="M230 0c-30 80 40 140 0 300" stroke="#5b8fc7" stroke-width="10" fill="none"/></svg>`;

/** Draws every picture the sample content names, in `content` (a copy of the fixture). */
export async function drawPictures(content: string): Promise<void> {
  const explainers = join(content, 'explainers');
  mkdirSync(join(content, 'media'), { recursive: true });
  // Camera metadata, as a photographer's file has; the published sizes must not carry it.
  await (
    await drawPhoto(2400, 1600, 1)
  )
    .jpeg({ quality: 85 })
    .withExif({ IFD0: { Artist: 'Sample photographer', ImageDescription: 'Sample camera metadata' } })
    .toFile(join(explainers, 'pictures-and-charts/lead.jpg'));
  await (await drawPhoto(1200, 800, 2)).png().toFile(join(explainers, 'pictures-and-charts/street.png'));
  await (await drawPhoto(1200, 40, 3)).png().toFile(join(explainers, 'pictures-and-charts/divider.png'));
  await (
    await drawPhoto(2000, 1333, 4, 'photo')
  )
    .jpeg({ quality: 85 })
    .toFile(join(explainers, 'one-photo-one-chart/photo.jpg'));
  await (await drawPhoto(800, 1000, 5)).jpeg({ quality: 85 }).toFile(join(content, 'media/portrait.jpg'));
  writeFileSync(join(content, 'media/map.svg'), MAP_SVG);
}

/** A fresh copy of the sample content with its pictures, at `target` (relative to the project). */
export async function preparePicturesContent(target = PICTURES_CONTENT): Promise<string> {
  const absolute = join(projectRoot, target);
  rmSync(absolute, { recursive: true, force: true });
  cpSync(join(projectRoot, 'tests/fixtures/pictures/content'), absolute, { recursive: true });
  await drawPictures(absolute);
  return absolute;
}

/**
 * Where the sample site is built. It is built by every test run, even with TLUMACH_REUSE_DIST=1
 * (that reuses the dist/ `npm run build` just wrote): no command builds this one, so a copy
 * left by an earlier run could be older than the code. Astro's cache keeps the rebuild short.
 */
export const PICTURES_DIST = join(projectRoot, 'tests/.tmp/pictures-dist/');

/** Builds the sample site once for the build-output and browser tests (vitest globalSetup). */
export default async function setup(project: TestProject): Promise<void> {
  globalThis.__tlumachPicturesBuild ??= (async () => {
    await preparePicturesContent();
    rmSync(PICTURES_DIST, { recursive: true, force: true });
    await run(process.execPath, [astroBin, 'build', '--silent'], {
      cwd: projectRoot,
      env: buildEnv({ CONTENT_DIR: PICTURES_CONTENT, OUT_DIR: PICTURES_DIST }),
      maxBuffer: 64 * 1024 * 1024,
    });
    return PICTURES_DIST;
  })();
  project.provide('picturesSite', { dist: await globalThis.__tlumachPicturesBuild });
}

declare global {
  var __tlumachPicturesBuild: Promise<string> | undefined;
}

declare module 'vitest' {
  export interface ProvidedContext {
    picturesSite: { dist: string };
  }
}
