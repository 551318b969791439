/**
 * THE rule for addresses written in content (Markdown links and images, reference
 * definitions, href/src/cite in HTML, every url in content/*.yaml): http:, https:,
 * mailto:, a path inside the site or a #fragment, nothing else. A javascript: or data:
 * link runs or shows whatever it holds, so the check reads a value the way a browser
 * reads an href, tricks included.
 */
export const ALLOWED_PROTOCOLS = ['http:', 'https:', 'mailto:'] as const;

/** What an allowed address is: another site (http(s): or //host), an e-mail, a path here, or a section here. */
export type UrlKind = 'absolute' | 'mailto' | 'relative' | 'fragment';

export type UrlCheck = { ok: true; kind: UrlKind; url: string } | { ok: false; problem: string };

export const URL_HINT =
  'Links and images may use http:, https: and mailto: addresses, a path inside the site (../other-explainer/) or a #section.';

/**
 * The address as a browser reads it (WHATWG URL parsing): tabs and line breaks anywhere
 * are dropped ("java\tscript:" is "javascript:"), and so are control characters and
 * spaces at either end. Unicode spaces at the ends go too, to err on the safe side.
 */
export function normaliseUrl(value: string): string {
  return value.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020\s]+|[\u0000-\u0020\s]+$/gu, '');
}

/** Whether `value` is an address content may use, and what kind; or what is wrong with it. */
export function checkUrl(value: string): UrlCheck {
  const url = normaliseUrl(value);
  if (url === '') return { ok: false, problem: 'is empty' };
  if (/[\u0000-\u001f\u007f]/.test(url)) return { ok: false, problem: 'contains a control character' };
  // Whatever precedes the first "/", "?" or "#" is where a browser looks for a protocol.
  const head = /^[^/?#\\]*/.exec(url)![0];
  // Parsers decode character references (javascript&colon;) before this sees the value;
  // one left over here would only come from double encoding: refuse rather than guess.
  if (head.includes('&')) return { ok: false, problem: 'has "&" where a protocol would be' };
  const colon = head.indexOf(':');
  if (colon !== -1) {
    const protocol = head.slice(0, colon + 1).toLowerCase();
    if (!(ALLOWED_PROTOCOLS as readonly string[]).includes(protocol)) {
      return { ok: false, problem: `uses the protocol "${head.slice(0, colon + 1)}"` };
    }
    return { ok: true, kind: protocol === 'mailto:' ? 'mailto' : 'absolute', url };
  }
  // "//host/…" (and "/\host", which browsers read the same way) leaves the site.
  if (/^[/\\]{2}/.test(url)) return { ok: true, kind: 'absolute', url };
  return { ok: true, kind: url.startsWith('#') ? 'fragment' : 'relative', url };
}

/**
 * For fields that must name a page elsewhere (a source, a profile link): an absolute
 * http:, https: or mailto: address. Returns what is wrong, or undefined.
 */
export function webAddressProblem(value: string): string | undefined {
  const check = checkUrl(value);
  if (!check.ok) return check.problem;
  if (check.kind !== 'absolute' && check.kind !== 'mailto') return 'is not a full address';
  if (check.url.startsWith('/') || check.url.startsWith('\\')) return 'has no protocol';
  try {
    new URL(check.url);
  } catch {
    return 'is not a valid address';
  }
  return undefined;
}
