import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { load as parseYaml } from 'js-yaml';
import { parseResources, type Resources } from '../i18n/resources';
import { readContentFile } from '../lib/content-layer/read-content';
import { scanExplainers, splitFrontmatter, type ExplainerFile } from '../lib/content-layer/explainer-files';
import { fingerprint } from '../translation/fingerprint';
import { explainerSchema } from '../schemas/explainer';
import type { ExplainerVersion } from '../translation/status';

/** The command-line tools read the same files Astro does, straight from disk. */
export const projectRoot = process.cwd();
export const contentDir = join(projectRoot, process.env.CONTENT_DIR ?? 'content');

export interface VersionOnDisk extends ExplainerVersion {
  file: string;
  title: string;
  summary: string;
  body: string;
}

/** Every explainer file, validated the way the build validates it, grouped by slug. */
export function readExplainers(): Map<string, VersionOnDisk[]> {
  const bySlug = new Map<string, VersionOnDisk[]>();
  for (const file of scanExplainers(join(contentDir, 'explainers'), projectRoot)) {
    bySlug.set(file.slug, [...(bySlug.get(file.slug) ?? []), readVersion(file)]);
  }
  return bySlug;
}

function readVersion(file: ExplainerFile): VersionOnDisk {
  const { yaml, body } = splitFrontmatter(readContentFile(join(projectRoot, file.file)));
  const data = explainerSchema.parse(parseYaml(yaml));
  return { ...data, locale: file.locale, body, file: file.file, fingerprint: fingerprint({ ...data, body }) };
}

/** The shared collections' records, as written (only their localized fields matter here). */
export function readSharedCollections(): Record<string, Record<string, unknown>[]> {
  const out: Record<string, Record<string, unknown>[]> = {};
  for (const name of readdirSync(contentDir)
    .filter((n) => n.endsWith('.yaml'))
    .sort()) {
    const records = parseYaml(readContentFile(join(contentDir, name)));
    if (Array.isArray(records)) out[name.replace(/\.yaml$/, '')] = records as Record<string, unknown>[];
  }
  return out;
}

export function readUiResources(): Resources {
  const dir = join(projectRoot, 'locales');
  const files: Record<string, string> = {};
  for (const folder of readdirSync(dir)) {
    for (const name of readdirSync(join(dir, folder)).filter((n) => n.endsWith('.json'))) {
      files[`locales/${folder}/${name}`] = readFileSync(join(dir, folder, name), 'utf8');
    }
  }
  return parseResources(files);
}
