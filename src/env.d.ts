declare namespace App {
  interface Locals {
    /** Set by the explainer page for the blocks in its MDX; see src/lib/pages/block-context.ts. */
    blocks?: import('./lib/pages/block-context').BlockContext;
  }
}

declare module 'virtual:tlumach/config' {
  /** The validated tlumach() options of astro.config.mjs (src/integrations/options.ts). */
  const options: import('./integrations/options').TlumachOptions;
  export default options;
}

declare module 'virtual:tlumach/build' {
  /** See src/integrations/virtual-modules.ts. */
  const settings: import('./integrations/virtual-modules').BuildSettings;
  export default settings;
}

declare module 'virtual:tlumach/theme.css';
