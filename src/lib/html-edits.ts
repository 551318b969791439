import { Parser, Tokenizer } from 'htmlparser2';

/** Attributes whose value is one URL. */
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'poster']);
/** Attributes whose value is a list of "URL [descriptor]" candidates. */
const SRCSET_ATTRIBUTES = new Set(['srcset', 'imagesrcset']);

/**
 * Rewrites every URL an element names in its attributes (href, src, action, formaction,
 * poster, and each candidate of srcset) with `rewrite`, leaving every other byte of the
 * page as it was. Positions come from htmlparser2's tokenizer, so a URL-looking string in
 * text, a comment or a script is never touched. The value is passed as written (entities
 * undecoded), so what `rewrite` returns must be safe in a double-quoted attribute: the
 * URLs it gets are and stay so, since only their path changes.
 */
export function rewriteUrls(html: string, rewrite: (url: string) => string): string {
  const edits: { start: number; end: number; text: string }[] = [];
  let name = '';
  let valueStart = -1;
  let valueEnd = -1;
  const noop = () => {};
  const tokenizer = new Tokenizer(
    { decodeEntities: false },
    {
      onattribname(start, end) {
        name = html.slice(start, end).toLowerCase();
        valueStart = -1;
      },
      onattribdata(start, end) {
        if (valueStart < 0) valueStart = start;
        valueEnd = end;
      },
      onattribend() {
        if (valueStart < 0) return;
        const value = html.slice(valueStart, valueEnd);
        const text = URL_ATTRIBUTES.has(name)
          ? rewrite(value)
          : SRCSET_ATTRIBUTES.has(name)
            ? rewriteSrcset(value, rewrite)
            : value;
        if (text !== value) edits.push({ start: valueStart, end: valueEnd, text });
        valueStart = -1;
      },
      onattribentity: noop,
      oncdata: noop,
      onclosetag: noop,
      oncomment: noop,
      ondeclaration: noop,
      onend: noop,
      onopentagend: noop,
      onopentagname: noop,
      onprocessinginstruction: noop,
      onselfclosingtag: noop,
      ontext: noop,
      ontextentity: noop,
    },
  );
  tokenizer.write(html);
  tokenizer.end();
  if (edits.length === 0) return html;
  let out = '';
  let at = 0;
  for (const edit of edits) {
    out += html.slice(at, edit.start) + edit.text;
    at = edit.end;
  }
  return out + html.slice(at);
}

function rewriteSrcset(value: string, rewrite: (url: string) => string): string {
  return value.replace(/(^|,)(\s*)(\S+)/g, (_, comma: string, space: string, url: string) => {
    // A candidate's URL may itself end with the comma that separates candidates.
    const trailing = url.endsWith(',') ? ',' : '';
    return `${comma}${space}${rewrite(trailing ? url.slice(0, -1) : url)}${trailing}`;
  });
}

/**
 * Removes every element for which `remove(name, attributes)` is true, with all it holds.
 * The rest of the page keeps its bytes.
 */
export function removeElements(
  html: string,
  remove: (name: string, attributes: Record<string, string>) => boolean,
): string {
  const cuts: { start: number; end: number }[] = [];
  let depth = 0;
  let start = 0;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (depth > 0) depth++;
        else if (remove(name, attributes)) {
          depth = 1;
          start = parser.startIndex;
        }
      },
      onclosetag() {
        if (depth === 0) return;
        depth--;
        if (depth === 0) cuts.push({ start, end: parser.endIndex + 1 });
      },
    },
    { decodeEntities: false },
  );
  parser.end(html);
  if (cuts.length === 0) return html;
  let out = '';
  let at = 0;
  for (const cut of cuts) {
    out += html.slice(at, cut.start);
    at = cut.end;
  }
  return out + html.slice(at);
}
