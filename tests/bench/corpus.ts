import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { localeCodes, type Locale } from '../../src/i18n/locales';
import { splitFrontmatter } from '../../src/lib/content-layer/explainer-files';

/** A small deterministic PRNG (mulberry32): the same seed always gives the same corpus. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Real sentences per language, taken from the seed explainers (Markdown syntax removed). */
function sentencesByLocale(contentDir: string): Record<Locale, string[]> {
  const out = Object.fromEntries(localeCodes.map((l) => [l, [] as string[]])) as Record<Locale, string[]>;
  const explainers = join(contentDir, 'explainers');
  for (const slug of readdirSync(explainers)) {
    for (const locale of localeCodes) {
      let body: string;
      try {
        body = splitFrontmatter(readFileSync(join(explainers, slug, `${locale}.mdx`), 'utf8')).body;
      } catch {
        continue;
      }
      const text = body
        .split('\n')
        .filter((line) => !/^\s*(#|<|\{|>|\||-\s)/.test(line))
        .join(' ')
        .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
        .replace(/[*_`]/g, '');
      out[locale].push(
        // Sentences with the seed's own blocks are left out: the corpus adds blocks of its own.
        ...(text.match(/[^.!?]+[.!?]/g) ?? [])
          .map((s) => s.trim())
          .filter((s) => s.split(' ').length > 5 && !/[<>{}]/.test(s)),
      );
    }
  }
  return out;
}

const TITLE_WORDS: Record<Locale, { subjects: string[]; frames: string[] }> = {
  en: {
    subjects: [
      'sanctions',
      'the election',
      'the protests',
      'the opposition',
      'the border',
      'trade',
      'the courts',
      'the media',
      'the strikes',
      'the inauguration',
    ],
    frames: [
      'What to know about {s}, part {n}',
      'Why {s} matter: explainer {n}',
      '{s}: the timeline, {n}',
      'Who decides on {s}? ({n})',
    ],
  },
  uk: {
    subjects: [
      'санкції',
      'вибори',
      'протести',
      'опозицію',
      'кордон',
      'торгівлю',
      'суди',
      'медіа',
      'страйки',
      'інавгурацію',
    ],
    frames: [
      'Що треба знати про {s}, частина {n}',
      'Чому важливі {s}: пояснення {n}',
      '{s}: хронологія, {n}',
      'Хто вирішує про {s}? ({n})',
    ],
  },
  be: {
    subjects: [
      'санкцыі',
      'выбары',
      'пратэсты',
      'апазіцыю',
      'мяжу',
      'гандаль',
      'суды',
      'медыя',
      'страйкі',
      'інаўгурацыю',
    ],
    frames: [
      'Што трэба ведаць пра {s}, частка {n}',
      'Чаму важныя {s}: тлумачэнне {n}',
      '{s}: храналогія, {n}',
      'Хто вырашае пра {s}? ({n})',
    ],
  },
};

// Blocks that reference the seed's shared collections, as a real explainer would.
const BLOCKS = [
  ' <Person id="kuleba" />',
  ' <Org id="eu" />',
  ' <Term id="asset-freeze">—</Term>',
  ' <Cite id="kyiv-post-kuleba-sanctions" />',
];

export interface CorpusOptions {
  n: number;
  seed?: number;
  /** Add shared-collection blocks to the text (needs the block components). */
  blocks?: boolean;
}

/**
 * Writes N explainers × every locale of ~300 words of real English, Ukrainian and
 * Belarusian text into `outDir`, with the seed's shared collections beside them.
 */
export function generateCorpus(seedContentDir: string, outDir: string, options: CorpusOptions): void {
  const next = random(options.seed ?? 42);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const sentences = sentencesByLocale(seedContentDir);
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(join(outDir, 'explainers'), { recursive: true });
  for (const name of readdirSync(seedContentDir).filter((n) => n.endsWith('.yaml'))) {
    cpSync(join(seedContentDir, name), join(outDir, name));
  }
  for (let i = 1; i <= options.n; i++) {
    const slug = `explainer-${String(i).padStart(5, '0')}`;
    const day = new Date(Date.UTC(2020, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
    const subject = Math.floor(next() * 10);
    const frame = Math.floor(next() * 4);
    mkdirSync(join(outDir, 'explainers', slug));
    for (const locale of localeCodes) {
      const words = TITLE_WORDS[locale];
      const title = words.frames[frame]!.replace('{s}', words.subjects[subject]!).replace('{n}', String(i));
      const paragraph = () => {
        let text = Array.from({ length: 4 }, () => pick(sentences[locale])).join(' ');
        if (options.blocks) text += pick(BLOCKS);
        return text;
      };
      const body = [
        paragraph(),
        `## ${pick(sentences[locale]).split(' ').slice(0, 5).join(' ')}`,
        paragraph(),
        `## ${i}. ${words.subjects[(subject + 1) % 10]}`,
        paragraph(),
        paragraph(),
      ].join('\n\n');
      const summary = pick(sentences[locale]);
      writeFileSync(
        join(outDir, 'explainers', slug, `${locale}.mdx`),
        `---\ntitle: ${JSON.stringify(title.charAt(0).toUpperCase() + title.slice(1))}\nsummary: ${JSON.stringify(summary)}\npublished: ${day}\n---\n\n${body}\n`,
      );
    }
  }
}
