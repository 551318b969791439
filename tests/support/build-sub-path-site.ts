import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { projectRoot } from './paths';
import { copyProject, type ProjectCopy } from './project-copy';

/** Where the second build is served from: a sub-path, on another host. */
export const SUB_PATH_BASE = '/explainers/';
export const SUB_PATH_SITE = 'https://news.example.com';

/**
 * Builds the site a second time, as a host would under a sub-path (BASE, SITE), with
 * extra explainers that are only partly translated (tests/fixtures/partial-translations),
 * so fallbacks, feeds and the sitemap are checked where they differ from the seed content.
 */
export default async function setup(project: TestProject): Promise<() => void> {
  globalThis.__tlumachSubPathBuild ??= build();
  const copy = await globalThis.__tlumachSubPathBuild;
  project.provide('subPathSite', { projectRoot: copy.root, dist: join(copy.root, 'dist/'), base: SUB_PATH_BASE });
  return () => copy.remove();
}

async function build(): Promise<ProjectCopy> {
  const copy = copyProject(join(projectRoot, 'tests/fixtures/partial-translations'));
  const { code, output } = await copy.build({ BASE: SUB_PATH_BASE, SITE: SUB_PATH_SITE });
  if (code !== 0) throw new Error(`The sub-path build (BASE=${SUB_PATH_BASE}) failed:\n${output}`);
  return copy;
}

declare global {
  var __tlumachSubPathBuild: Promise<ProjectCopy> | undefined;
}

declare module 'vitest' {
  export interface ProvidedContext {
    subPathSite: { projectRoot: string; dist: string; base: string };
  }
}
