import type { ImageMetadata } from 'astro';
import { textIn, type TextIn } from '../../i18n/localized-text';
import type { Locale } from '../../i18n/locales';
import type { PictureFile } from '../content-layer/image-files';
import { ContentError } from '../errors';
import type { SharedFacts } from './facts';
import { unknownRecord } from './record-references';

/** A picture as a page names it: a <Figure>'s props, or an explainer's frontmatter `image`. */
export interface PictureRequest {
  src?: string | undefined;
  media?: string | undefined;
  alt?: string | undefined;
  decorative?: boolean | undefined;
  caption?: string | undefined;
  credit?: string | undefined;
}

/** What a page shows: the image, and its texts with the language each is really written in. */
export interface ResolvedPicture {
  /** Handed to Astro's <Picture> as it is: page code reads `file`, never this (see PictureFile). */
  image: ImageMetadata;
  file: PictureFile;
  /** Empty for a decorative picture. */
  alt: TextIn;
  caption?: TextIn | undefined;
  credit?: TextIn | undefined;
}

export interface PictureSources {
  /** The explainer file's own pictures, by the path written (entry.data.computed.images). */
  images: Readonly<Record<string, ImageMetadata>>;
  /** Their size, format and hash, by the same path (entry.data.computed.pictures). */
  pictures: Readonly<Record<string, PictureFile>>;
  facts: SharedFacts;
  /** The language of the text around the picture. */
  locale: Locale;
  file: string;
}

/**
 * Widths from a phone's screen to a desktop's column at twice its density: the text
 * column is at most 40rem (680 px at the root font size). A phone of 360 px at density 2
 * takes 720, a desktop 720 or 1360. Each width is one more AVIF to encode (the slow part
 * of a build with pictures), so there are five. A source is never enlarged. `width` is
 * the fallback <img>'s: the middle size, what a browser without srcset support loads.
 */
export function pictureWidths(file: PictureFile, size: 'column' | 'portrait'): { widths: number[]; width: number } {
  const candidates = size === 'portrait' ? [160, 320, 480] : [360, 540, 720, 1080, 1360];
  const widths = [...new Set([...candidates.filter((w) => w < file.width), Math.min(file.width, candidates.at(-1)!)])];
  return { widths, width: widths[Math.floor((widths.length - 1) / 2)]! };
}

/** The same picture named twice on a page is one key: the first of them is loaded eagerly. */
export function pictureKey(request: PictureRequest): string {
  return request.src !== undefined ? `src:${request.src}` : `media:${request.media}`;
}

/**
 * A file beside the explainer brings only what the file says about it; a shared one its
 * record's texts (in the page's language, else English), which the file's own alt,
 * caption and credit replace.
 */
export function resolvePicture(request: PictureRequest, sources: PictureSources): ResolvedPicture {
  const own = (text: string | undefined): TextIn | undefined =>
    text === undefined ? undefined : { text, locale: sources.locale };
  const decorativeAlt = { text: '', locale: sources.locale };
  if (request.src !== undefined) {
    const image = sources.images[request.src];
    const file = sources.pictures[request.src];
    // The loader records every picture of a body it compiles; an explainer compiled by MDX is the exception.
    if (!image || !file) {
      throw new ContentError({
        file: sources.file,
        message: `<Figure src="${request.src}"> is in an explainer compiled by MDX (it imports components).`,
        hint: 'Import the picture and show it with Astro’s <Picture> there, or use a shared picture: <Figure media="…">.',
      });
    }
    return {
      image,
      file,
      alt: request.decorative ? decorativeAlt : own(request.alt)!,
      caption: own(request.caption),
      credit: own(request.credit),
    };
  }
  const record = sources.facts.media.get(request.media ?? '');
  if (!record)
    throw new ContentError({ file: sources.file, ...unknownRecord(sources.facts, 'media', request.media ?? '') });
  const shared = (text: typeof record.caption) => (text ? textIn(text, sources.locale) : undefined);
  return {
    image: record.src,
    file: record.file,
    alt: request.decorative ? decorativeAlt : (own(request.alt) ?? textIn(record.alt, sources.locale)),
    caption: own(request.caption) ?? shared(record.caption),
    credit: own(request.credit) ?? shared(record.credit),
  };
}
