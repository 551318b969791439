/**
 * Components an explainer's MDX may use without importing them. The explainer page
 * passes exactly these to <Content components={…} />, and the content check
 * (src/lib/mdx-check.ts) rejects any other capitalised tag with its file and line.
 */
export const mdxComponentNames: readonly string[] = [];
