import type { Plugin } from 'vite';
import { textOn } from './colour';
import type { TlumachOptions } from './options';

/** What the build tells page code: whether pages get incremental-build keys, and the code version in them. */
export interface BuildSettings {
  incremental: boolean;
  codeVersion: string;
}

/**
 * Modules through which the integration hands its options to the pages, as Starlight's
 * virtual:starlight/user-config does:
 * - `virtual:tlumach/config`: the validated tlumach() options;
 * - `virtual:tlumach/build`: the build settings above;
 * - `virtual:tlumach/theme.css`: the accent colours, as a stylesheet (no inline style:
 *   the pages run under a strict Content-Security-Policy).
 */
export function virtualModules(options: TlumachOptions, build: BuildSettings): Plugin {
  const modules: Record<string, string> = {
    'virtual:tlumach/config': `export default ${JSON.stringify(options)};`,
    'virtual:tlumach/build': `export default ${JSON.stringify(build)};`,
    'virtual:tlumach/theme.css': themeCss(options.accent),
  };
  return {
    name: 'tlumach:virtual-modules',
    resolveId: (id) => (id in modules ? `\0${id}` : undefined),
    load: (id) => (id.startsWith('\0') ? modules[id.slice(1)] : undefined),
  };
}

function themeCss(accent: TlumachOptions['accent']): string {
  return [
    `:root { --accent: ${accent.light}; --accent-fg: ${textOn(accent.light)}; }`,
    `@media (prefers-color-scheme: dark) { :root { --accent: ${accent.dark}; --accent-fg: ${textOn(accent.dark)}; } }`,
  ].join('\n');
}
