import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface Rule {
  pattern: RegExp;
  path: string;
  headers: [string, string][];
}

/** Parses a Netlify / Cloudflare Pages _headers file. */
export function readHeadersFile(dist: string): Rule[] {
  const rules: Rule[] = [];
  for (const line of readFileSync(join(dist, '_headers'), 'utf8').split('\n')) {
    if (/^\s*(#|$)/.test(line)) continue;
    if (!/^\s/.test(line)) {
      const pattern = line
        .trim()
        .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
        .replace(/\*/g, '.*');
      rules.push({ path: line.trim(), pattern: new RegExp(`^${pattern}$`), headers: [] });
    } else {
      const [, name, value] = /^\s+([\w-]+):\s*(.*)$/.exec(line) ?? [];
      if (!name || rules.length === 0) throw new Error(`_headers: cannot read "${line}"`);
      rules.at(-1)!.headers.push([name, value!]);
    }
  }
  return rules;
}

/**
 * Every value each header gets for a request path. Hosts apply every matching rule
 * (Cloudflare Pages joins repeated headers with commas), so two values is a bug.
 */
export function headersFor(rules: readonly Rule[], path: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const rule of rules) {
    if (!rule.pattern.test(path)) continue;
    for (const [name, value] of rule.headers) {
      const key = name.toLowerCase();
      out.set(key, [...(out.get(key) ?? []), value]);
    }
  }
  return out;
}

/** The headers a host would send, joined the way Cloudflare Pages joins repeats. */
export function responseHeaders(rules: readonly Rule[], path: string): Record<string, string> {
  return Object.fromEntries([...headersFor(rules, path)].map(([name, values]) => [name, values.join(', ')]));
}
