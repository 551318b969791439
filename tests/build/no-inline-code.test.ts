import { expect, test } from 'vitest';
import { htmlFiles, pageDocument } from '../support/dist';

// The Content-Security-Policy allows scripts and styles from our own files only: any
// inline script, style element, style attribute or event handler would be blocked.
// Structured data is the one exception: a <script type="application/ld+json"> is data the
// browser never runs, so script-src does not apply. Exactly that type, written exactly so.
const isStructuredData = (script: Element) => script.getAttribute('type') === 'application/ld+json';
test.each(htmlFiles())('%s has no inline script, style or event handler', (path) => {
  const doc = pageDocument(path);
  const inline = [
    ...[...doc.querySelectorAll('script:not([src])')]
      .filter((s) => !isStructuredData(s))
      .map(
        (s) =>
          `<script${s.hasAttribute('type') ? ` type="${s.getAttribute('type')}"` : ''}>${s.textContent?.slice(0, 60)}`,
      ),
    ...[...doc.querySelectorAll('style')].map(() => '<style>'),
    ...[...doc.querySelectorAll('[style]')].map((el) => `<${el.tagName.toLowerCase()} style>`),
    ...[...doc.querySelectorAll('*')].flatMap((el) =>
      [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `<${el.tagName.toLowerCase()} ${a.name}>`),
    ),
    ...[...doc.querySelectorAll('[href^="javascript:" i]')].map(() => 'javascript: link'),
  ];
  expect(inline).toEqual([]);
});
