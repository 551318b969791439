import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import sharp from 'sharp';
import { ContentError } from '../errors';

/** The picture files an explainer folder or content/media may hold; Astro's image pipeline reads them all. */
export const IMAGE_EXTENSIONS = ['jpg', 'jpeg', 'png', 'webp', 'avif', 'svg'] as const;

/**
 * What a source picture may weigh: a camera original is cut down before it is committed.
 * Over 8 MB or 6000 px on its longest side, every build would spend seconds decoding it
 * and the repository would carry it for ever, for no gain on any screen we serve.
 */
export const IMAGE_LIMITS = { megabytes: 8, pixels: 6000 } as const;

export function isImageFileName(name: string): boolean {
  const extension = name.split('.').at(-1)?.toLowerCase();
  return name.includes('.') && (IMAGE_EXTENSIONS as readonly string[]).includes(extension ?? '');
}

/** Where a picture is named, for messages: the file, and the line or field. */
export interface ImagePlace {
  file: string;
  field: string;
}

/**
 * What pages need to know about a picture without reading Astro's image metadata: any
 * property read from that object in page code tells Astro the original file is used
 * outside its pipeline, and the build then copies the full-size original, with its
 * camera metadata, into dist/. `hash` puts the picture's content into page cache keys.
 */
export interface PictureFile {
  width: number;
  height: number;
  format: string;
  hash: string;
  /** The file, relative to the project: the social card reads it with sharp, outside Astro's pipeline. */
  path: string;
}

/**
 * Checks one picture a page will show: it exists, is a kind Astro can optimise, and is
 * within IMAGE_LIMITS. `written` is the path as the author wrote it.
 */
export async function checkImageFile(absolute: string, written: string, place: ImagePlace): Promise<PictureFile> {
  const fail = (message: string, hint: string) => new ContentError({ ...place, message, hint });
  if (!isImageFileName(written)) {
    throw fail(`"${written}" is not a picture file.`, `Use one of ${IMAGE_EXTENSIONS.map((e) => `.${e}`).join(', ')}.`);
  }
  let bytes: number;
  try {
    const stat = statSync(absolute);
    if (!stat.isFile()) throw new Error('not a file');
    bytes = stat.size;
  } catch {
    throw fail(
      `the picture "${written}" does not exist.`,
      'Put the file next to the explainer’s .mdx files (or in content/media/ for a shared one) and check the spelling; names are case-sensitive.',
    );
  }
  const megabytes = bytes / (1024 * 1024);
  if (megabytes > IMAGE_LIMITS.megabytes) {
    throw fail(
      `the picture "${written}" is ${megabytes.toFixed(1)} MB; the limit is ${IMAGE_LIMITS.megabytes} MB.`,
      `Export it at most ${IMAGE_LIMITS.pixels} px on its longest side (2400 px is plenty for any screen) and as JPEG quality 85 or WebP.`,
    );
  }
  const {
    width = 0,
    height = 0,
    format = '',
  } = await sharp(absolute)
    .metadata()
    .catch(() => {
      throw fail(
        `the picture "${written}" cannot be read as an image.`,
        'Open it in an image editor and export it again.',
      );
    });
  if (Math.max(width, height) > IMAGE_LIMITS.pixels) {
    throw fail(
      `the picture "${written}" is ${width} × ${height} px; the limit is ${IMAGE_LIMITS.pixels} px on the longest side.`,
      'Scale it down before adding it (2400 px on the longest side is plenty); the build makes the smaller sizes itself.',
    );
  }
  const hash = createHash('sha256').update(readFileSync(absolute)).digest('hex').slice(0, 16);
  return { width, height, format: format === 'jpeg' ? 'jpg' : format, hash, path: relative(process.cwd(), absolute) };
}

/**
 * The pictures in a folder by name, size and time of change: part of each explainer
 * file's cache digest, so replacing or deleting a picture compiles (and checks) its texts
 * again, without reading every picture on every build.
 */
export function folderPicturesStamp(dir: string): string {
  return readdirSync(dir)
    .filter(isImageFileName)
    .sort()
    .map((name) => {
      const stat = statSync(join(dir, name));
      return `${name}:${stat.size}:${stat.mtimeMs}`;
    })
    .join('\n');
}
