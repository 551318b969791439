import type { MdxJsxAttribute, MdxJsxExpressionAttribute } from 'mdast-util-mdx-jsx';
import { blockSpecs, type BlockName, type PropSpec } from '../blocks/specs';
import { ContentError, didYouMean } from '../lib/errors';
import { attributeSource, attributeValue, type Literal } from './literal-props';

/** Where a block is written: the project-relative file and the line in it. */
export interface BlockPlace {
  file: string;
  line: number;
}

/**
 * What to do with props whose value only the page knows (`id={who}`, `{...props}`):
 * our own pipeline stores props as data, so they are the author's mistake there;
 * @astrojs/mdx runs them, so they are left unchecked (but they still count as given).
 */
export type Expressions = 'reject' | 'leave-unchecked';

/**
 * Reads a block's props and checks them against its spec (src/blocks/specs.ts): every
 * prop is known, every required one is given, and every literal value has the right
 * type. Returns the literal values.
 */
export function readBlockProps(
  name: BlockName,
  attributes: (MdxJsxAttribute | MdxJsxExpressionAttribute)[],
  place: BlockPlace,
  expressions: Expressions,
): Record<string, Literal> {
  const spec: Record<string, PropSpec> = blockSpecs[name].props;
  const where = { file: place.file, field: `line ${place.line}, <${name}>` };
  const props: Record<string, Literal> = {};
  const given = new Set<string>();
  let spread = false;
  for (const attribute of attributes) {
    if (attribute.type !== 'mdxJsxAttribute') {
      if (expressions === 'leave-unchecked') {
        spread = true;
        continue;
      }
      throw new ContentError({
        ...where,
        message: 'spread props ({...x}) are not supported.',
        hint: 'Write each prop out, e.g. id="kuleba".',
      });
    }
    if (!(attribute.name in spec)) {
      throw new ContentError({
        ...where,
        message: `has no prop "${attribute.name}".`,
        hint: `${didYouMean(attribute.name, Object.keys(spec))} <${name}> takes ${Object.keys(spec).join(', ') || 'no props'}.`,
      });
    }
    given.add(attribute.name);
    const value = attributeValue(attribute);
    if (value !== undefined) props[attribute.name] = value;
    else if (expressions === 'reject') {
      throw new ContentError({
        ...where,
        message: `prop "${attribute.name}" must be a plain value, not ${JSON.stringify(attributeSource(attribute))}.`,
        hint: 'Use a string ("…"), a number ({40}) or a list ({["a", "b"]}).',
      });
    }
  }
  for (const [prop, { type, required, oneOf }] of Object.entries(spec)) {
    // A spread may hold any prop: only the page can tell whether it is missing.
    if (required && !given.has(prop) && !spread) {
      throw new ContentError({
        ...where,
        message: `needs the prop "${prop}".`,
        hint: `Add ${prop}=${type === 'number' ? '{…}' : '"…"'}.`,
      });
    }
    const value = props[prop];
    if (value !== undefined && !hasType(value, type)) {
      throw new ContentError({
        ...where,
        message: `prop "${prop}" is ${JSON.stringify(value)}, but it must be ${type === 'string[]' ? 'a list of ids' : `a ${type}`}.`,
        hint: typeHint(name, prop, type),
      });
    }
    if (oneOf && typeof value === 'string' && !oneOf.includes(value)) {
      throw new ContentError({
        ...where,
        message: `prop "${prop}" is "${value}", which is not one of ${oneOf.map((v) => `"${v}"`).join(', ')}.`,
        hint: `${didYouMean(value, oneOf)} e.g. ${prop}="${oneOf[0]}"`,
      });
    }
  }
  return props;
}

function hasType(value: Literal, type: PropSpec['type']): boolean {
  switch (type) {
    case 'string':
      return typeof value === 'string' && value !== '';
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'boolean':
      return typeof value === 'boolean';
    case 'string[]':
      return Array.isArray(value) && value.every((v) => typeof v === 'string');
  }
}

function typeHint(name: BlockName, prop: string, type: PropSpec['type']): string {
  switch (type) {
    case 'number':
      return `Write the number in braces, e.g. ${prop}={40}.`;
    case 'string[]':
      return `e.g. ${prop}={["first-id", "second-id"]}`;
    case 'boolean':
      return `Write just the prop's name, e.g. <${name} ${prop}>.`;
    case 'string':
      return `e.g. ${prop}="kuleba"`;
  }
}
