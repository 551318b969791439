import type { BlockName } from '../../blocks/specs';

/** The Astro component that renders each block (in the page's language). */
export const blockComponents: Partial<Record<BlockName, (props: Record<string, unknown>) => unknown>> = {};
