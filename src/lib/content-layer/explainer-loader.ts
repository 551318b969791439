import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { compileBody, type ImageUse } from '../../markdown/compile-body';
import rehypeExternalLinks from '../../markdown/rehype-external-links';
import { explainerSchema } from '../../schemas/explainer';
import { fingerprint } from '../../translation/fingerprint';
import { checkFrontmatter, scanExplainers, splitFrontmatter } from './explainer-files';
import { checkImageFile, folderPicturesStamp, type PictureFile } from './image-files';
import { readContentFile } from './read-content';

// Bump when compileBody's output or what is recorded with it changes, so cached entries are compiled again.
const PIPELINE_VERSION = '9';

export interface ExplainerLoaderOptions {
  /** Project-relative files that may import components and run expressions: tlumach({ trustedCode }). */
  trustedCode: readonly string[];
}

/**
 * Loads content/explainers/<slug>/<locale>.mdx. Each file is checked (folder, file
 * name, frontmatter) and its body compiled once into cached HTML; unchanged files are
 * reused from the previous build. Files listed in tlumach({ trustedCode }) that import
 * components or use expressions are handed to @astrojs/mdx; in others those fail.
 *
 * The compiled HTML is kept in files beside Astro's data store, not in it: the store
 * is bundled into the server build as one JavaScript module, and at 3,000 explainers
 * its size was what drove the build's time and memory.
 */
export function explainerLoader(base: string, options: ExplainerLoaderOptions): Loader {
  return {
    name: 'tlumach-explainers',
    load: async (context) => {
      const dir = fileURLToPath(new URL(`${base.replace(/^\.\//, '')}/`, context.config.root));
      await loadAll(context, dir, options);
      context.watcher?.add(dir);
      context.watcher?.on('all', (_event, path) => {
        if (path.startsWith(dir) && path.endsWith('.mdx')) void loadAll(context, dir, options);
      });
    },
  };
}

async function loadAll(context: LoaderContext, dir: string, options: ExplainerLoaderOptions): Promise<void> {
  const { store, parseData, generateDigest, config } = context;
  const root = fileURLToPath(config.root);
  const bodiesDir = fileURLToPath(new URL('tlumach-bodies/', config.cacheDir));
  mkdirSync(bodiesDir, { recursive: true });
  const seen = new Set<string>();
  const bodyFiles = new Set<string>();
  let compiled = 0;
  // Names are checked every time (cheap); frontmatter only for files that changed.
  for (const file of scanExplainers(dir, root, { frontmatter: false })) {
    const id = `${file.slug}/${file.locale}`;
    seen.add(id);
    const source = readContentFile(join(root, file.file));
    const trustedCode = options.trustedCode.includes(file.file);
    const pictures = folderPicturesStamp(join(root, dirname(file.file)));
    // Trust is part of the key: a file taken off the list is checked again, not reused.
    // The entry names its body file by absolute path, so the cache's place is in the key too:
    // a project (or a restored cache) in another folder compiles its bodies again where it is.
    const digest = generateDigest(
      `${PIPELINE_VERSION}\n${bodiesDir}\n${trustedCode ? 'trusted code\n' : ''}${source}\n${pictures}`,
    );
    const bodyFile = join(bodiesDir, `${digest}.html`);
    const previous = store.get(id);
    if (previous?.digest === digest && (previous.deferredRender || existsSync(bodyFile))) {
      if (previous.deferredRender) store.addModuleImport(file.file);
      else bodyFiles.add(bodyFile);
      continue;
    }
    compiled++;
    const frontmatter = checkFrontmatter(source, file.file);
    const { body, bodyLine } = splitFrontmatter(source);
    const result = compileBody(body, {
      file: file.file,
      lineOffset: bodyLine - 1,
      trustedCode,
      rehypePlugins: [[rehypeExternalLinks, { site: config.site }]],
    });
    const imageUses = [
      ...(frontmatter.image && typeof (frontmatter.image as { src?: unknown }).src === 'string'
        ? [{ src: (frontmatter.image as { src: string }).src, line: 0 }]
        : []),
      ...(result.kind === 'html' ? result.images : []),
    ];
    const pictureFiles = await checkImages(root, file.file, imageUses);
    const computed = {
      // The entry id joins these for Astro; code reads them here instead of splitting it.
      slug: file.slug,
      locale: file.locale,
      words: result.words,
      fingerprint: fingerprint({ ...explainerSchema.parse(frontmatter), body }),
      blocks: result.kind === 'html' ? result.blocks : [],
      headings: result.kind === 'html' ? result.headings : [],
      bodyFile: result.kind === 'html' ? bodyFile : undefined,
      pictures: pictureFiles,
      images: Object.fromEntries(imageUses.map(({ src }) => [src, src])),
    };
    const data = await parseData({ id, data: { ...frontmatter, computed }, filePath: file.file });
    if (result.kind === 'html') {
      writeFileSync(bodyFile, result.html);
      bodyFiles.add(bodyFile);
      store.set({ id, data, digest, filePath: file.file });
    } else {
      // Trusted MDX (imports, expressions): @astrojs/mdx compiles it as a module.
      store.set({ id, data, body, digest, filePath: file.file, deferredRender: true });
      store.addModuleImport(file.file);
    }
  }
  for (const id of store.keys()) if (!seen.has(id)) store.delete(id);
  for (const name of readdirSync(bodiesDir)) {
    if (!bodyFiles.has(join(bodiesDir, name))) rmSync(join(bodiesDir, name));
  }
  context.logger.info(`${seen.size} explainer files, ${compiled} compiled, ${seen.size - compiled} unchanged`);
}

/** Each picture a file names exists beside it and is within the limits (line 0: the frontmatter). */
async function checkImages(
  root: string,
  file: string,
  images: readonly ImageUse[],
): Promise<Record<string, PictureFile>> {
  const pictures: Record<string, PictureFile> = {};
  for (const { src, line } of images) {
    const field = line === 0 ? 'image.src' : `line ${line}, <Figure src="${src}">`;
    pictures[src] ??= await checkImageFile(join(root, dirname(file), src), src, { file, field });
  }
  return pictures;
}
