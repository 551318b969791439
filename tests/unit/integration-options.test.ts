import { describe, expect, test, vi } from 'vitest';
import { contrastRatio } from '../../src/integrations/colour';
import { parseOptions } from '../../src/integrations/options';
import { checkSite } from '../../src/integrations/site-address';

describe('tlumach() options', () => {
  test('defaults give a working site', () => {
    const options = parseOptions({});
    expect(options.name.en).toBe('Tlumach');
    expect(options.accent).toEqual({ light: '#1d4ed8', dark: '#8fb1ff' });
    // No explainer may run code unless a reviewer lists it.
    expect(options.trustedCode).toEqual([]);
  });

  test('trustedCode lists explainer files, one per language', () => {
    const files = ['content/explainers/gdp-chart/en.mdx', 'content/explainers/gdp-chart/uk.mdx'];
    expect(parseOptions({ trustedCode: files }).trustedCode).toEqual(files);
  });

  test('the name falls back per language, but English is required', () => {
    expect(parseOptions({ name: { en: 'News', uk: 'Новини' } }).name).toEqual({ en: 'News', uk: 'Новини' });
    expect(() => parseOptions({ name: { uk: 'Новини' } })).toThrow(/- tlumach\.name\.en:/);
  });

  test.each([
    [{ accent: { light: '#ffff00', dark: '#8fb1ff' } }, 'tlumach.accent.light: "#ffff00" has a contrast of 1.'],
    [{ accent: { light: '#1d4ed8', dark: '#202040' } }, 'tlumach.accent.dark: "#202040" has a contrast of'],
    [{ accent: { light: 'blue', dark: '#8fb1ff' } }, 'tlumach.accent.light: must be a colour written as #rrggbb'],
    [{ logo: '../secret.svg' }, 'tlumach.logo: must stay inside public/'],
    [{ logo: 'logo.gif' }, 'tlumach.logo: must be a file in public/'],
    [{ publisher: { name: 'X', url: 'javascript:alert(1)' } }, 'tlumach.publisher.url:'],
    [{ colour: '#000000' }, 'tlumach: Unrecognized key: "colour"'],
    [{ trustedCode: ['content/explainers/x/'] }, 'tlumach.trustedCode.0: must be the path of one explainer file'],
    [{ trustedCode: ['content/explainers/*/en.mdx'] }, 'tlumach.trustedCode.0: must be the path of one explainer file'],
    [{ trustedCode: ['../other/explainers/x/en.mdx'] }, 'tlumach.trustedCode.0: must be inside the project'],
    [{ trustedCode: 'content/explainers/x/en.mdx' }, 'tlumach.trustedCode:'],
  ])('%j is refused with the option named', (input, message) => {
    expect(() => parseOptions(input)).toThrow(message);
    expect(() => parseOptions(input)).toThrow('Hint: see "Configuring a site" in the README');
  });
});

describe('WCAG contrast', () => {
  test.each([
    ['#000000', '#ffffff', 21],
    ['#ffffff', '#ffffff', 1],
    ['#777777', '#ffffff', 4.48],
  ])('%s on %s is %d:1', (a, b, ratio) => {
    expect(contrastRatio(a, b)).toBeCloseTo(ratio, 1);
  });
});

describe("the site's address", () => {
  const logger = () => ({ warn: vi.fn() }) as unknown as Parameters<typeof checkSite>[1];

  test('a build without one fails and says where to set it', () => {
    expect(() => checkSite(undefined, logger())).toThrow(/has no address[\s\S]*Hint: set `site` in astro.config.mjs/);
  });

  test.each(['https://tlumach.example.org', 'https://example.com/news/', 'http://localhost:4321'])(
    'a placeholder (%s) is said out loud',
    (site) => {
      const log = logger();
      checkSite(site, log);
      expect(log.warn).toHaveBeenCalledWith(expect.stringContaining('a placeholder address'));
    },
  );

  test('a real address passes quietly', () => {
    const log = logger();
    checkSite('https://news.zerkalo.io', log);
    expect(log.warn).not.toHaveBeenCalled();
  });
});

test('social cards are on unless a site turns them off', () => {
  expect(parseOptions({}).socialCards).toBe(true);
  expect(parseOptions({ socialCards: false }).socialCards).toBe(false);
  expect(() => parseOptions({ socialCards: 'no' })).toThrow('- tlumach.socialCards:');
});
