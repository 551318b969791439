/**
 * A remark plugin that records every component an explainer uses, with its props as
 * written, in document order. The explainer page validates these against the shared
 * collections before rendering (so a typo fails the build with file and line), numbers
 * citations from them, and the who's-who pages learn who is mentioned where.
 */

/** A prop as written: a literal, or the source of an expression we do not evaluate. */
export type PropValue = string | number | boolean | null | PropValue[] | { expression: string };

export interface BlockUsage {
  component: string;
  props: Record<string, PropValue>;
  line: number | undefined;
  /** The enclosing component, e.g. "KeyFacts" for a Fact. */
  parent: string | undefined;
  /** What is between the tags: component names, or "#text" for anything else. */
  children: string[];
}

// Just the slice of the MDX syntax tree this plugin reads; no parser packages needed.
interface Node {
  type: string;
  name?: string | null;
  value?: string;
  children?: Node[];
  attributes?: Attribute[];
  position?: { start: { line: number } };
}
interface Attribute {
  type: string;
  name?: string;
  value?: string | null | { value: string; data?: { estree?: Estree } };
}
interface Estree {
  body: { type: string; expression?: Expression }[];
}
interface Expression {
  type: string;
  value?: unknown;
  operator?: string;
  argument?: Expression;
  elements?: (Expression | null)[];
  expressions?: unknown[];
  quasis?: { value: { cooked?: string | null } }[];
}

const JSX_ELEMENT = new Set(['mdxJsxFlowElement', 'mdxJsxTextElement']);

/** Components are capitalised; lowercase JSX names are plain HTML. */
function componentName(node: Node): string | undefined {
  return JSX_ELEMENT.has(node.type) && node.name && /^[A-Z]/.test(node.name) ? node.name : undefined;
}

export function collectBlockUsages(tree: Node): BlockUsage[] {
  const usages: BlockUsage[] = [];
  const visit = (node: Node, parent: string | undefined) => {
    const component = componentName(node);
    if (component) {
      usages.push({
        component,
        props: Object.fromEntries((node.attributes ?? []).map(readAttribute)),
        line: node.position?.start.line,
        parent,
        children: childKinds(node),
      });
    }
    for (const child of node.children ?? []) visit(child, component ?? parent);
  };
  visit(tree, undefined);
  return usages;
}

function childKinds(node: Node): string[] {
  return (node.children ?? []).flatMap((child): string[] => {
    if (child.type === 'text' && !child.value?.trim()) return [];
    // A lone paragraph around the content is MDX's doing, not the author's.
    if (child.type === 'paragraph' && node.children?.length === 1) return childKinds(child);
    return [componentName(child) ?? '#text'];
  });
}

function readAttribute(attribute: Attribute): [string, PropValue] {
  if (attribute.type !== 'mdxJsxAttribute' || !attribute.name) return ['...', { expression: '{...spread}' }];
  const { value } = attribute;
  if (value === undefined || value === null) return [attribute.name, true];
  if (typeof value === 'string') return [attribute.name, value];
  const expression = value.data?.estree?.body[0]?.expression;
  const literal = expression ? evaluate(expression) : undefined;
  return [attribute.name, literal === undefined ? { expression: value.value } : literal];
}

/** Literals only: a number, a string, true/false, or an array of those. */
function evaluate(node: Expression): Exclude<PropValue, { expression: string }> | undefined {
  switch (node.type) {
    case 'Literal':
      return ['string', 'number', 'boolean'].includes(typeof node.value) || node.value === null
        ? (node.value as string | number | boolean | null)
        : undefined;
    case 'UnaryExpression':
      return node.operator === '-' && node.argument?.type === 'Literal' && typeof node.argument.value === 'number'
        ? -node.argument.value
        : undefined;
    case 'TemplateLiteral':
      return node.expressions?.length === 0 ? (node.quasis?.[0]?.value.cooked ?? undefined) : undefined;
    case 'ArrayExpression': {
      const items = (node.elements ?? []).map((element) => (element ? evaluate(element) : undefined));
      return items.every((item) => item !== undefined) ? (items as PropValue[]) : undefined;
    }
    default:
      return undefined;
  }
}

/** The plugin: leaves the list in the remark frontmatter, which render() returns. */
export function remarkBlockUsage() {
  return (tree: Node, file: { data: { astro?: { frontmatter?: Record<string, unknown> } } }) => {
    const astro = (file.data.astro ??= {});
    astro.frontmatter = { ...astro.frontmatter, blockUsages: collectBlockUsages(tree) };
  };
}

/** Reads the list back from what render() returned. */
export function blockUsagesOf(remarkPluginFrontmatter: Record<string, unknown>): BlockUsage[] {
  return (remarkPluginFrontmatter.blockUsages as BlockUsage[] | undefined) ?? [];
}
