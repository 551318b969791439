declare namespace App {
  interface Locals {
    /** Set by the explainer page for the blocks in its MDX; see src/lib/block-context.ts. */
    blocks?: import('./lib/block-context').BlockContext;
  }
}

declare module 'virtual:tlumach/render-cache' {
  /** See src/integrations/render-cache.ts; `dir` is null when pages are not cached (dev). */
  const settings: { dir: string | null; codeVersion: string };
  export default settings;
}
