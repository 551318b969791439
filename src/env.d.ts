declare namespace App {
  interface Locals {
    /** Set by the explainer page for the blocks in its MDX; see src/lib/block-context.ts. */
    blocks?: import('./lib/block-context').BlockContext;
  }
}
