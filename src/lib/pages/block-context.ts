import type { ImageMetadata } from 'astro';
import type { Locale } from '../../i18n/locales';
import type { PictureFile } from '../content-layer/image-files';
import type { Explainer } from './explainers';
import { ContentError } from '../errors';
import type { NumberedIdPrefix } from '../page-ids';
import type { Collection, SharedFacts } from './facts';
import { unknownRecord } from './record-references';

/**
 * What the explainer page hands the blocks in its MDX, through Astro.locals (one object
 * per page render, so concurrent pages never share it). Blocks take only their MDX props.
 */
export interface BlockContext {
  /** The reader's locale: links go to its pages. */
  locale: Locale;
  /** The language of the text around the blocks: the original's on a fallback page. */
  contentLocale: Locale;
  slug: string;
  /** The explainer file being rendered, for messages. */
  file: string;
  /** The explainer's topics, for a `<Timeline />` without props. */
  topics: readonly string[];
  facts: SharedFacts;
  explainers: ReadonlyMap<string, Explainer>;
  /** Source ids in citation order: source n is citations[n - 1]. */
  citations: readonly string[];
  /** The file's own pictures, by the path written (see src/lib/pages/pictures.ts). */
  images: Readonly<Record<string, ImageMetadata>>;
  pictures: Readonly<Record<string, PictureFile>>;
  /** The picture loaded first on the page (pictureKey): it is not lazy. */
  eagerPicture: string | undefined;
  /** A page-unique element id, for aria-describedby and aria-labelledby. */
  uniqueId: (prefix: NumberedIdPrefix) => string;
}

export function createBlockContext(options: Omit<BlockContext, 'uniqueId'>): BlockContext {
  let count = 0;
  return { ...options, uniqueId: (prefix) => `${prefix}-${++count}` };
}

/** The context of the page being rendered; blocks outside an explainer page are a coding error. */
export function blockContext(locals: App.Locals): BlockContext {
  if (!locals.blocks)
    throw new Error('Explainer blocks render only inside the explainer page, which sets Astro.locals.blocks.');
  return locals.blocks;
}

/**
 * A record a block names. The build checks every literal id before rendering; only an
 * id computed by an expression in an MDX explainer can still be unknown here.
 */
export function recordOf<C extends Collection>(context: BlockContext, collection: C, id: string) {
  const record = context.facts[collection].get(id) as ReturnType<SharedFacts[C]['get']>;
  if (!record) throw new ContentError({ file: context.file, ...unknownRecord(context.facts, collection, id) });
  return record!;
}

/** The number a source is cited by on this page. */
export function citationNumber(context: BlockContext, source: string): number {
  const index = context.citations.indexOf(source);
  if (index < 0) throw new Error(`Source "${source}" is not in this page's citations.`);
  return index + 1;
}
