import { describe, expect, test } from 'vitest';
import { checkUrl, webAddressProblem } from '../../src/lib/url-safety';

describe('checkUrl: addresses content may use', () => {
  test.each([
    ['https://www.bbc.com/ukrainian', 'absolute'],
    ['http://kyivpost.com/', 'absolute'],
    ['HTTPS://www.bbc.com/', 'absolute'],
    ['//www.bbc.com/ukrainian', 'absolute'],
    ['/\\www.bbc.com/', 'absolute'],
    ['mailto:desk@example.org', 'mailto'],
    ['MailTo:desk@example.org', 'mailto'],
    ['../belarus-2020-election-and-protests/', 'relative'],
    ['/uk/explainers/', 'relative'],
    ['chart.png', 'relative'],
    ['?q=санкції', 'relative'],
    ['#background', 'fragment'],
    [' https://www.bbc.com/ ', 'absolute'],
  ])('%j is allowed (%s)', (url, kind) => {
    expect(checkUrl(url)).toMatchObject({ ok: true, kind });
  });
});

describe('checkUrl: everything else, however it is written', () => {
  test.each([
    ['javascript:alert(1)', 'uses the protocol "javascript:"'],
    ['JaVaScRiPt:alert(1)', 'uses the protocol "JaVaScRiPt:"'],
    ['  javascript:alert(1)', 'uses the protocol "javascript:"'],
    ['\tjavascript:alert(1)', 'uses the protocol "javascript:"'],
    ['\njavascript:alert(1)', 'uses the protocol "javascript:"'],
    ['\u0001javascript:alert(1)', 'uses the protocol "javascript:"'],
    ['\u00a0javascript:alert(1)', 'uses the protocol "javascript:"'],
    ['java\tscript:alert(1)', 'uses the protocol "javascript:"'],
    ['java\nscript:alert(1)', 'uses the protocol "javascript:"'],
    ['java\u0000script:alert(1)', 'contains a control character'],
    ['javascript&colon;alert(1)', 'has "&" where a protocol would be'],
    ['&#106;avascript:alert(1)', 'has "&" where a protocol would be'],
    ['data:text/html,<script>alert(1)</script>', 'uses the protocol "data:"'],
    ['vbscript:msgbox(1)', 'uses the protocol "vbscript:"'],
    ['file:///etc/passwd', 'uses the protocol "file:"'],
    ['tel:+380441234567', 'uses the protocol "tel:"'],
    ['', 'is empty'],
    [' \t ', 'is empty'],
  ])('%j is refused: %s', (url, problem) => {
    expect(checkUrl(url)).toEqual({ ok: false, problem });
  });
});

describe('webAddressProblem: a page elsewhere, as in content/*.yaml', () => {
  test.each([['https://www.bbc.com/ukrainian'], ['http://kyivpost.com/'], ['mailto:desk@example.org']])(
    '%j is a web address',
    (url) => expect(webAddressProblem(url)).toBeUndefined(),
  );
  test.each([
    ['www.kyivpost.com', 'is not a full address'],
    ['/uk/', 'is not a full address'],
    ['//www.bbc.com/', 'has no protocol'],
    ['javascript:alert(1)', 'uses the protocol "javascript:"'],
    ['data:text/html,x', 'uses the protocol "data:"'],
    ['https://exa mple.org/', 'is not a valid address'],
  ])('%j %s', (url, problem) => expect(webAddressProblem(url)).toBe(problem));
});
