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

// opentype.js ships its ES module beside a UMD main file and names neither in `exports`:
// importing the module by its path gives Vite and Node the same named exports.
declare module 'opentype.js/dist/opentype.mjs' {
  export * from 'opentype.js';
}
