import { HtmlValidate } from 'html-validate';

/** The HTML rules every built page is checked against. */
export const validator = new HtmlValidate({
  extends: ['html-validate:recommended', 'html-validate:document'],
  rules: {
    // Explainer titles are the editors' headlines plus the site name; a search engine
    // truncating a long one is a style question for editors, not invalid HTML.
    'long-title': 'off',
    // Subresource integrity guards files from other origins. Every script and stylesheet
    // here is our own, same-origin and content-hashed, so it would add bytes, not safety.
    'require-sri': 'off',
    // Whitespace at line ends in generated markup is formatting, not validity; the
    // Markdown pipeline keeps the author's line breaks and the browser ignores it.
    'no-trailing-whitespace': 'off',
  },
});
