import { parseExpressionAt } from 'acorn';
import type { Expression, Program } from 'estree';
import type { MdxJsxAttribute } from 'mdast-util-mdx-jsx';

export type Literal = string | number | boolean | null | Literal[] | { [key: string]: Literal };

/**
 * Reads a JSX attribute expression such as {40}, {-1.5} or {['a', 'b']} as a plain value,
 * without running code: explainer props are data, and an expression that is not a
 * literal is reported to the author instead of evaluated.
 */
export function literalFromEstree(program: Program | undefined): Literal | undefined {
  const statement = program?.body[0];
  if (!statement || statement.type !== 'ExpressionStatement') return undefined;
  return fromExpression(statement.expression);
}

/**
 * The value of a JSX attribute: true for a bare name (<Fact over>), the text of a
 * quoted value, or the literal an expression writes. @astrojs/mdx gives expressions
 * parsed (data.estree); our own parser gives only their source text, parsed here.
 * Undefined when the expression is not a literal (or not JavaScript at all).
 */
export function attributeValue(attribute: MdxJsxAttribute): Literal | undefined {
  if (attribute.value === null || attribute.value === undefined) return true;
  if (typeof attribute.value === 'string') return attribute.value;
  const program = attribute.value.data?.estree;
  return program ? literalFromEstree(program) : literalFromSource(attribute.value.value);
}

/** How the author wrote an attribute's value, for messages: "{who}", "kuleba". */
export function attributeSource(attribute: MdxJsxAttribute): string {
  return typeof attribute.value === 'object' && attribute.value
    ? `{${attribute.value.value}}`
    : String(attribute.value);
}

function literalFromSource(source: string): Literal | undefined {
  // Parenthesised so that the whole text must be one expression; the line break ends a trailing // comment.
  const wrapped = `(${source}\n)`;
  try {
    const node = parseExpressionAt(wrapped, 0, { ecmaVersion: 'latest', preserveParens: true });
    return node.type === 'ParenthesizedExpression' && node.end === wrapped.length
      ? fromExpression(node.expression as unknown as Expression)
      : undefined;
  } catch {
    return undefined;
  }
}

function fromExpression(node: Expression): Literal | undefined {
  switch (node.type) {
    case 'Literal':
      return typeof node.value === 'string' ||
        typeof node.value === 'number' ||
        typeof node.value === 'boolean' ||
        node.value === null
        ? node.value
        : undefined;
    case 'UnaryExpression': {
      const value = node.operator === '-' ? fromExpression(node.argument) : undefined;
      return typeof value === 'number' ? -value : undefined;
    }
    case 'TemplateLiteral':
      return node.expressions.length === 0 ? node.quasis.map((q) => q.value.cooked ?? '').join('') : undefined;
    case 'ArrayExpression': {
      const items = node.elements.map((e) => (e && e.type !== 'SpreadElement' ? fromExpression(e) : undefined));
      return items.every((i) => i !== undefined) ? (items as Literal[]) : undefined;
    }
    case 'ObjectExpression': {
      const out: Record<string, Literal> = {};
      for (const property of node.properties) {
        if (property.type !== 'Property' || property.computed) return undefined;
        const key =
          property.key.type === 'Identifier'
            ? property.key.name
            : property.key.type === 'Literal'
              ? String(property.key.value)
              : undefined;
        const value = fromExpression(property.value as Expression);
        if (key === undefined || value === undefined) return undefined;
        out[key] = value;
      }
      return out;
    }
    default:
      return undefined;
  }
}
