import { ContentError } from './errors';
import type { BlockUsage, PropValue } from './block-usage';

/** Which file a usage is in, for messages. */
export interface UsageSite {
  file: string;
  usage: BlockUsage;
}

/** A prop as an author would write it: `id="kuleba"`, `value={40}`, `ids={["a","b"]}`. */
export function showProp(name: string, value: PropValue | undefined): string {
  if (value === undefined) return '';
  if (value === true) return ` ${name}`;
  if (typeof value === 'string') return ` ${name}="${value}"`;
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) return ` ${name}={${value.expression}}`;
  return ` ${name}={${JSON.stringify(value)}}`;
}

/**
 * The editor's-eye error for one component usage:
 * `content/explainers/x/uk.mdx:12: <Person id="kulebaa"> — unknown person "kulebaa".`
 */
export function blockError(site: UsageSite, prop: string | undefined, message: string, hint: string): ContentError {
  const shown = prop ? showProp(prop, site.usage.props[prop]) : '';
  return new ContentError({
    file: site.file,
    line: site.usage.line,
    message: `<${site.usage.component}${shown}> — ${message}`,
    hint,
  });
}

const isExpression = (value: PropValue | undefined): value is { expression: string } =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

function literalOnly(site: UsageSite, prop: string, example: string): void {
  if (isExpression(site.usage.props[prop])) {
    throw blockError(
      site,
      prop,
      'is not a literal value.',
      `Write it out, e.g. ${example}: props are the same in every language, so they never need code.`,
    );
  }
}

export function stringProp(site: UsageSite, prop: string, example: string, required: true): string;
export function stringProp(site: UsageSite, prop: string, example: string, required?: false): string | undefined;
export function stringProp(site: UsageSite, prop: string, example: string, required = false): string | undefined {
  literalOnly(site, prop, example);
  const value = site.usage.props[prop];
  if (value === undefined && !required) return undefined;
  if (value === undefined) throw blockError(site, undefined, `needs ${prop}.`, `Add it, e.g. ${example}.`);
  if (typeof value !== 'string' || value === '') {
    throw blockError(site, prop, `${prop} must be text.`, `Write it in quotes, e.g. ${example}.`);
  }
  return value;
}

export function stringListProp(site: UsageSite, prop: string, example: string): string[] | undefined {
  literalOnly(site, prop, example);
  const value = site.usage.props[prop];
  if (value === undefined) return undefined;
  if (!Array.isArray(value) || value.length === 0 || !value.every((v) => typeof v === 'string' && v !== '')) {
    throw blockError(site, prop, `${prop} must be a list of ids.`, `Write it like ${example}.`);
  }
  return value as string[];
}

export function numberProp(site: UsageSite, prop: string, example: string): number {
  literalOnly(site, prop, example);
  const value = site.usage.props[prop];
  if (value === undefined) throw blockError(site, undefined, `needs a ${prop}.`, `Add it, e.g. ${example}.`);
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw blockError(
      site,
      prop,
      `${prop} must be a number.`,
      `Write the number in braces, without quotes, e.g. ${example}.`,
    );
  }
  return value;
}

export function booleanProp(site: UsageSite, prop: string, example: string): boolean {
  literalOnly(site, prop, example);
  const value = site.usage.props[prop];
  if (value === undefined) return false;
  if (typeof value !== 'boolean')
    throw blockError(site, prop, `${prop} is a switch.`, `Write just its name, e.g. ${example}.`);
  return value;
}

/** Props the component does not take: usually a typo. */
export function checkPropNames(site: UsageSite, known: readonly string[], nearest: (name: string) => string): void {
  for (const name of Object.keys(site.usage.props)) {
    if (!known.includes(name)) {
      throw blockError(
        site,
        name,
        `${site.usage.component} has no prop "${name}".`,
        known.length
          ? `${nearest(name)} ${site.usage.component} takes: ${known.join(', ')}.`
          : `${site.usage.component} takes no props.`,
      );
    }
  }
}
