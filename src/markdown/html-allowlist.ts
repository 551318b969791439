import { checkUrl, URL_HINT } from '../lib/url-safety';

/**
 * THE list of HTML a translator or editor may write in an explainer body: each element
 * with the attributes it takes. Everything else fails the build with a hint. Text is
 * what explainers are made of; anything that runs code (<script>, on…), loads another
 * page (<iframe>, <meta http-equiv>, <form>), changes the page around the body (<style>,
 * style, <base>, <link>) or speaks to the site's own code (id, name, class, data-…: the
 * scripts read data-ref, data-search-*, data-locale…, the search index data-pagefind-*)
 * is refused. The README lists the same elements for translators.
 */
type AttributeRule =
  | 'text'
  | 'url'
  | 'language'
  | 'count'
  | 'boolean'
  /** One of these values; with `tokens`, a space-separated list of them. */
  | { oneOf: readonly string[]; tokens?: boolean };

interface ElementRule {
  attributes?: Record<string, AttributeRule>;
  /** Attributes the element is useless or inaccessible without. */
  required?: readonly string[];
}

/** Allowed on every element below. */
const GLOBAL_ATTRIBUTES: Record<string, AttributeRule> = {
  lang: 'language',
  dir: { oneOf: ['ltr', 'rtl', 'auto'] },
  title: 'text',
  translate: { oneOf: ['yes', 'no'] },
};

const span = { attributes: { colspan: 'count', rowspan: 'count' } } as const satisfies ElementRule;

export const allowedElements: Record<string, ElementRule> = {
  // Text semantics
  em: {},
  strong: {},
  b: {},
  i: {},
  u: {},
  s: {},
  small: {},
  sub: {},
  sup: {},
  mark: {},
  cite: {},
  dfn: {},
  code: {},
  kbd: {},
  samp: {},
  var: {},
  bdi: {},
  span: {},
  br: {},
  wbr: {},
  q: { attributes: { cite: 'url' } },
  abbr: { required: ['title'] },
  time: { attributes: { datetime: 'text' } },
  data: { attributes: { value: 'text' }, required: ['value'] },
  del: { attributes: { cite: 'url', datetime: 'text' } },
  ins: { attributes: { cite: 'url', datetime: 'text' } },
  bdo: { required: ['dir'] },
  a: {
    attributes: {
      href: 'url',
      hreflang: 'language',
      rel: { oneOf: ['external', 'nofollow', 'noopener', 'noreferrer', 'ugc', 'sponsored', 'license'], tokens: true },
    },
    required: ['href'],
  },
  img: {
    attributes: {
      src: 'url',
      alt: 'text',
      width: 'count',
      height: 'count',
      loading: { oneOf: ['lazy', 'eager'] },
      decoding: { oneOf: ['async', 'sync', 'auto'] },
    },
    required: ['src', 'alt'],
  },
  // Blocks
  p: {},
  pre: {},
  blockquote: { attributes: { cite: 'url' } },
  hr: {},
  figure: {},
  figcaption: {},
  details: { attributes: { open: 'boolean' } },
  summary: {},
  ul: {},
  ol: { attributes: { start: 'count', reversed: 'boolean', type: { oneOf: ['1', 'a', 'A', 'i', 'I'] } } },
  li: { attributes: { value: 'count' } },
  dl: {},
  dt: {},
  dd: {},
  // Tables
  table: {},
  caption: {},
  colgroup: { attributes: { span: 'count' } },
  col: { attributes: { span: 'count' } },
  thead: {},
  tbody: {},
  tfoot: {},
  tr: {},
  th: {
    attributes: { ...span.attributes, scope: { oneOf: ['row', 'col', 'rowgroup', 'colgroup'] }, abbr: 'text' },
  },
  td: span,
};

const ELEMENT_HINTS: [RegExp, string][] = [
  [/^script$/, 'Explainers are text: they cannot run code. Remove the script.'],
  [
    /^(iframe|frame|frameset|embed|object|portal|video|audio|canvas)$/,
    'Embedded pages and players are not allowed: link to it instead, [what it is](https://…).',
  ],
  [
    /^(meta|base|link|head|html|body|title)$/,
    'The page head belongs to the site: an explainer writes only its body text.',
  ],
  [/^style$/, 'Styling comes from the site’s stylesheet; the Content-Security-Policy blocks styles in a page.'],
  [
    /^(form|input|button|select|textarea|option|label|fieldset)$/,
    'Explainers have no forms or buttons: link to the page that has them.',
  ],
  [/^(svg|math)$/, 'Inline SVG and MathML can carry scripts: use an image instead, ![what it shows](chart.png).'],
  [/^h[1-6]$/, 'Write a Markdown heading, "## Title": the page makes its id and its entry in the contents.'],
  [
    /^(div|section|article|aside|nav|header|footer|main|template|slot|dialog)$/,
    'Write Markdown paragraphs and ## headings: the page lays out its own sections.',
  ],
];

const ATTRIBUTE_HINTS: [RegExp, string][] = [
  [/^on/i, 'Explainers cannot run code: remove the event handler.'],
  [/^(id|name)$/, 'Headings get ids by themselves: link to one with [text](#its-id).'],
  [/^style$/, 'Styling comes from the site’s stylesheet; the Content-Security-Policy blocks inline styles.'],
  [/^class(name)?$/i, 'The site’s stylesheet styles elements by what they are: remove the class.'],
  [
    /^data-/,
    'data- attributes are read by the site’s own scripts and its search index (data-pagefind-…, data-ref, data-search-…): remove it.',
  ],
  [/^target$/, 'Links open where the reader chooses: remove target.'],
];

/** What is wrong with one element as written: the subject ("<script>", `attribute "id"`), the problem and a hint. */
export interface MarkupProblem {
  subject: string;
  message: string;
  hint: string;
}

/** An attribute as written: its text, true for a bare name, undefined for a value only code knows ({x}). */
export interface WrittenAttribute {
  name: string;
  value: string | true | undefined;
}

/** Checks one element against the list; returns every problem, none when it may be used as written. */
export function checkElement(tagName: string, attributes: readonly WrittenAttribute[]): MarkupProblem[] {
  const rule = Object.hasOwn(allowedElements, tagName) ? allowedElements[tagName] : undefined;
  if (!rule) {
    // Attributes refused on every element are named too, so that no second build is needed to learn of them.
    const refusedEverywhere = attributes.flatMap(({ name }) => {
      const hint = hintFrom(ATTRIBUTE_HINTS, name);
      return hint ? [{ subject: `<${tagName}>`, message: `the attribute "${name}" is not allowed.`, hint }] : [];
    });
    return [
      {
        subject: `<${tagName}>`,
        message: 'is not an HTML element explainers can use.',
        hint: hintFrom(ELEMENT_HINTS, tagName) ?? `Explainers may use: ${Object.keys(allowedElements).join(', ')}.`,
      },
      ...refusedEverywhere,
    ];
  }
  const allowed = { ...GLOBAL_ATTRIBUTES, ...rule.attributes };
  const problems: MarkupProblem[] = [];
  for (const { name, value } of attributes) {
    const attributeRule = Object.hasOwn(allowed, name) ? allowed[name] : undefined;
    if (!attributeRule) {
      problems.push({
        subject: `<${tagName}>`,
        message: `the attribute "${name}" is not allowed.`,
        hint:
          hintFrom(ATTRIBUTE_HINTS, name) ??
          `<${tagName}> takes ${Object.keys(allowed)
            .map((a) => `"${a}"`)
            .join(', ')}.`,
      });
      continue;
    }
    const problem = value === undefined ? undefined : valueProblem(attributeRule, value);
    if (problem) problems.push({ subject: `<${tagName} ${name}>`, ...problem });
  }
  for (const name of rule.required ?? []) {
    if (!attributes.some((a) => a.name === name)) {
      problems.push({
        subject: `<${tagName}>`,
        message: `needs the attribute "${name}".`,
        hint: REQUIRED_HINTS[name] ?? `Add ${name}="…".`,
      });
    }
  }
  return problems;
}

const REQUIRED_HINTS: Record<string, string> = {
  alt: 'Describe the image for readers who cannot see it: alt="…" (alt="" only for pure decoration).',
  title: 'Give the full form: <abbr title="European Union">EU</abbr>.',
  href: 'Say where the link goes: <a href="https://…">…</a>, or write the words without <a>.',
};

function valueProblem(rule: AttributeRule, value: string | true): { message: string; hint: string } | undefined {
  const text = value === true ? '' : value;
  const shown = JSON.stringify(text);
  if (rule === 'boolean') {
    return value === true || text === ''
      ? undefined
      : { message: `is ${shown}, but takes no value.`, hint: 'Write only the name, e.g. <details open>.' };
  }
  if (value === true && rule !== 'text') return { message: 'needs a value.', hint: 'Write name="…".' };
  if (rule === 'url') {
    const check = checkUrl(text);
    return check.ok ? undefined : { message: `${shown} ${check.problem}.`, hint: URL_HINT };
  }
  if (rule === 'language' && !/^[a-z]{2,3}(-[A-Za-z0-9]{1,8})*$/.test(text)) {
    return { message: `${shown} is not a language tag.`, hint: 'Write a BCP 47 tag such as "uk", "be" or "en-GB".' };
  }
  if (rule === 'count' && !/^[1-9]\d{0,3}$/.test(text)) {
    return { message: `${shown} is not a whole number.`, hint: 'Write a number such as "2".' };
  }
  if (typeof rule === 'object') {
    const values = rule.tokens ? text.split(/\s+/).filter(Boolean) : [text];
    const wrong = values.find((v) => !rule.oneOf.includes(v));
    if (wrong !== undefined || values.length === 0) {
      return {
        message: `${JSON.stringify(wrong ?? text)} is not a value it takes.`,
        hint: `Use ${rule.tokens ? 'any of' : 'one of'} ${rule.oneOf.map((v) => `"${v}"`).join(', ')}.`,
      };
    }
  }
  return undefined;
}

function hintFrom(hints: [RegExp, string][], name: string): string | undefined {
  return hints.find(([pattern]) => pattern.test(name))?.[1];
}
