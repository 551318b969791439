import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
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
 * A photo-like picture: smooth bands of colour with fine grain, so it compresses like a
 * photo does (a flat colour would make every size and budget test meaningless).
 * Deterministic: the same bytes on every run.
 */
export async function drawPhoto(width: number, height: number, seed = 1): Promise<Sharp> {
  const pixels = Buffer.alloc(width * height * 3);
  let state = seed;
  const random = () => (state = (state * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff - 0.5;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 3;
      const u = x / width;
      const v = y / height;
      const grain = random() * 24;
      pixels[i] = clamp(90 + 120 * Math.sin(3 * u + seed) * Math.cos(2 * v) + grain);
      pixels[i + 1] = clamp(110 + 90 * Math.sin(5 * v + u * 2) + grain);
      pixels[i + 2] = clamp(140 + 80 * Math.cos(4 * u - 3 * v) + grain);
    }
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
  await (await drawPhoto(2400, 1600, 1)).jpeg({ quality: 85 }).toFile(join(explainers, 'pictures-and-charts/lead.jpg'));
  await (await drawPhoto(1200, 800, 2)).png().toFile(join(explainers, 'pictures-and-charts/street.png'));
  await (await drawPhoto(1200, 40, 3)).png().toFile(join(explainers, 'pictures-and-charts/divider.png'));
  await (
    await drawPhoto(2000, 1333, 4)
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

/** Where the sample site is built; TLUMACH_REUSE_DIST=1 reuses it, as it does dist/. */
export const PICTURES_DIST = join(projectRoot, 'tests/.tmp/pictures-dist/');

/** Builds the sample site once for the build-output and browser tests (vitest globalSetup). */
export default async function setup(project: TestProject): Promise<void> {
  globalThis.__tlumachPicturesBuild ??= (async () => {
    const reuse = process.env.TLUMACH_REUSE_DIST === '1' && existsSync(join(PICTURES_DIST, 'index.html'));
    if (reuse) return PICTURES_DIST;
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
