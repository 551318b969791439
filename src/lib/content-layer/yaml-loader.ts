import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import type { z } from 'astro/zod';
import { ContentError } from '../errors';
import { readContentFileAsync, refuseSymlink } from './read-content';
import { parseRecords } from './yaml-records';

/**
 * Loads a shared collection from one YAML file. Unlike Astro's file() loader it fails
 * the build on a broken file (file() logs and carries on with an empty collection),
 * keeps dates as written and reports duplicate ids; see yaml-records.ts.
 */
export interface YamlLoaderOptions {
  /** A missing file is an empty collection (media, datasets) rather than a mistake. */
  optional?: boolean;
  /** Checks that need the file system (the pictures media records name), after the schema. */
  check?: (records: Record<string, unknown>[], file: string, absolute: string) => Promise<void>;
}

export function yamlLoader(path: string, schema: z.ZodObject<z.ZodRawShape>, options: YamlLoaderOptions = {}): Loader {
  return {
    name: 'yaml-records-loader',
    load: async (context) => {
      const absolute = fileURLToPath(new URL(path, context.config.root));
      // Relative to the project, as editors see it in messages.
      const file = relative(fileURLToPath(context.config.root), absolute).split('\\').join('/');
      await sync(absolute, file, schema, context, options);
      context.watcher?.add(absolute);
      context.watcher?.on('change', async (changed) => {
        // In dev a mistake is logged and the last good data kept, so the server stays up.
        if (changed === absolute)
          sync(absolute, file, schema, context, options).catch((error: Error) => context.logger.error(error.message));
      });
    },
  };
}

async function sync(
  absolute: string,
  file: string,
  schema: z.ZodObject<z.ZodRawShape>,
  context: LoaderContext,
  options: YamlLoaderOptions,
) {
  refuseSymlink(absolute, file);
  const text = await readContentFileAsync(absolute).catch(() => {
    // An optional file (mirrors, media, datasets) that does not exist is an empty list.
    if (options.optional) return '[]';
    throw new ContentError({
      file,
      message: 'is missing.',
      hint: 'Each shared collection is one YAML file in the content folder; create it, even as an empty list "[]".',
    });
  });
  const records = parseRecords(text, file, schema);
  await options.check?.(records, file, absolute);
  context.store.clear();
  for (const record of records) {
    // The file path lets the content config resolve pictures relative to the YAML file.
    const data = await context.parseData({ id: record.id as string, data: record, filePath: file });
    context.store.set({ id: record.id as string, data, filePath: file, digest: context.generateDigest(data) });
  }
}
