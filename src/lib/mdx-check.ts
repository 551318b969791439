import { createProcessor } from '@mdx-js/mdx';
import { ContentError, didYouMean } from './errors';

/** The little of mdast and estree this check reads. */
interface Node {
  type: string;
  name?: string | null;
  position?: { start: { line: number; column: number } };
  children?: Node[];
  data?: { estree?: { body: EsNode[] } };
}
interface EsNode {
  type: string;
  specifiers?: { local: { name: string } }[];
  declaration?: { id?: { name: string }; declarations?: { id: { name?: string } }[] } | null;
}

const FRONTMATTER = /^---\r?\n[\s\S]*?\r?\n---(?=\r?\n|$)/;
const processor = createProcessor();

/**
 * Parses an explainer's MDX the way @astrojs/mdx will, so a syntax error or an
 * unknown component is reported as "file:line: what, hint" before the build
 * instead of as a bundler stack trace with an absolute path.
 */
export function checkMdx(source: string, file: string, components: readonly string[]): void {
  // Blank the frontmatter out line by line, so line numbers stay those of the file.
  const body = source.replace(FRONTMATTER, (block) => block.replace(/[^\n]/g, ''));
  let tree: Node;
  try {
    tree = processor.parse(body) as Node;
  } catch (error) {
    throw syntaxError(error as SyntaxProblem, file);
  }
  const known = new Set([...components, ...localNames(tree)]);
  for (const element of jsxElements(tree)) {
    const name = element.name!;
    const root = name.split('.')[0]!;
    if (!/^[A-Z]/.test(root) && !name.includes('.')) continue; // lowercase tags are HTML
    if (known.has(root)) continue;
    throw new ContentError({
      file,
      line: element.position?.start.line,
      column: element.position?.start.column,
      message: `<${name}> is not a component explainers can use.`,
      hint: `${components.length > 0 ? didYouMean(name, components) : 'Explainers have no components yet.'} A new component must be listed in src/lib/mdx-components.ts first; to show a literal "<", type "\\<".`,
    });
  }
}

interface SyntaxProblem {
  reason?: string;
  message: string;
  line?: number;
  column?: number;
  place?: { line?: number; column?: number; start?: { line: number; column: number } };
  ruleId?: string;
}

function syntaxError(problem: SyntaxProblem, file: string): ContentError {
  const reason = (problem.reason ?? problem.message).replace(/\s*\(\d+:\d+(?:-\d+:\d+)?\)$/, '');
  // Some MDX messages carry their position only in the text: "… (9:1-9:6)".
  const written = /\((\d+):(\d+)(?:-\d+:\d+)?\)$/.exec(problem.reason ?? problem.message);
  const line = problem.line ?? problem.place?.start?.line ?? problem.place?.line ?? (Number(written?.[1]) || undefined);
  const column = problem.column ?? problem.place?.start?.column ?? problem.place?.column ?? Number(written?.[2]);
  return new ContentError({
    file,
    line,
    column: column || undefined,
    message: `is not valid MDX: ${reason}.`,
    hint:
      problem.ruleId === 'end-tag-mismatch'
        ? 'Close the tag (<div>…</div>) or make it self-closing (<Person id="…" />). To write a literal "<", type "\\<".'
        : 'MDX is stricter than Markdown: close every tag, and write a literal "<" or "{" as "\\<" or "\\{".',
  });
}

/** Names a file brings into scope itself: `import X from …`, `export const X = …`. */
function localNames(tree: Node): string[] {
  const names: string[] = [];
  for (const node of tree.children ?? []) {
    if (node.type !== 'mdxjsEsm') continue;
    for (const statement of node.data?.estree?.body ?? []) {
      for (const specifier of statement.specifiers ?? []) names.push(specifier.local.name);
      const declaration = statement.declaration;
      if (declaration?.id?.name) names.push(declaration.id.name);
      for (const d of declaration?.declarations ?? []) if (d.id.name) names.push(d.id.name);
    }
  }
  return names;
}

function* jsxElements(node: Node): Generator<Node> {
  if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name) yield node;
  for (const child of node.children ?? []) yield* jsxElements(child);
}
