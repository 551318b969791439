import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locale } from '../../src/i18n/locales';
import { projectRoot } from './paths';

export interface Paradigm {
  lemma: string;
  forms: string[];
}

/** tests/fixtures/word-forms/<locale>.txt: "lemma: form form …" a line, "#" comments. */
export function wordForms(locale: Locale): Paradigm[] {
  const text = readFileSync(join(projectRoot, 'tests/fixtures/word-forms', `${locale}.txt`), 'utf8');
  return text
    .split('\n')
    .filter((line) => line.trim() && !line.startsWith('#'))
    .map((line) => {
      const [lemma, rest = ''] = line.split(':') as [string, string?];
      return { lemma: lemma.trim(), forms: [lemma.trim(), ...rest.split(/\s+/).filter(Boolean)] };
    });
}
