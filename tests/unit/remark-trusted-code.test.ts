import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, test } from 'vitest';
import { remarkTrustedCode } from '../../src/markdown/remark-trusted-code';

// The plugin on @astrojs/mdx's processor, which parses ESM and expressions into estree as here.
const trusted = 'content/explainers/chart/en.mdx';
const run = (source: string, path: string) => {
  const processor = unified()
    .use(remarkParse)
    .use(remarkMdx)
    .use(remarkTrustedCode, { trustedCode: [trusted] });
  processor.runSync(processor.parse(source), { path: `${process.cwd()}/${path}`, data: {} } as never);
};

describe('remarkTrustedCode', () => {
  test('an explainer not on the list never gets its code compiled, even if something imports it', () => {
    expect(() => run('import fs from "node:fs";\n\nText', 'content/explainers/chart/uk.mdx')).toThrow(
      /^content\/explainers\/chart\/uk\.mdx → line 1: "import fs from \\"node:fs\\";" is an import or export; explainers are text and may not run code\.\nHint: .*tlumach\(\{ trustedCode \}\)/,
    );
    expect(() => run('Text {process.env.HOME}', 'content/explainers/other/en.mdx')).toThrow(
      /line 1: "\{process\.env\.HOME\}" is a JavaScript expression/,
    );
  });

  test('a listed explainer may run code, but what it writes goes through the allowlist', () => {
    expect(() => run('export const year = 2020;\n\nIn {year}, <abbr title="EU">EU</abbr>.', trusted)).not.toThrow();
    expect(() => run('export const year = 2020;\n\n<iframe src="https://x.org/" />', trusted)).toThrow(
      `${trusted} → line 3, <iframe>: is not an HTML element explainers can use.`,
    );
    expect(() => run('[x](javascript:alert(1))', trusted)).toThrow('line 1, link: "javascript:alert(1)" uses the');
  });

  test('a value it computes is its own business; the attribute’s name is still checked', () => {
    expect(() => run('export const u = "https://x.org/";\n\n<a href={u}>x</a>', trusted)).not.toThrow();
    expect(() => run('<a href={"javascript:alert(1)"}>x</a>', trusted)).toThrow('<a href>: "javascript:alert(1)"');
    expect(() => run('<a href="#x" onClick={() => 1}>x</a>', trusted)).toThrow(
      'the attribute "onClick" is not allowed',
    );
  });

  test('MDX files that are not explainers (pages of the site’s own code) are left alone', () => {
    expect(() => run('import X from "./x.astro";\n\n<div id="x" />', 'src/pages/colophon.mdx')).not.toThrow();
  });
});
