import type { BlockName } from '../../blocks/specs';
import type { BlockUse } from '../../markdown/compile-body';
import { showProp } from './block-checks';
import { ContentError } from '../errors';

/** Props that carry facts: a translator translates the words around them, never these. */
const FACT_PROPS: Partial<Record<BlockName, readonly string[]>> = {
  Fact: ['value', 'unit', 'over'],
  Quote: ['by', 'source'],
  Timeline: ['ids', 'topic'],
  Related: ['ids'],
};

export interface TranslationBlocks {
  file: string;
  blocks: readonly BlockUse[];
}

/** `<Fact value={40} unit="officials">`: a block as its fact props make it. */
function factSignature(use: BlockUse): string {
  const props = FACT_PROPS[use.name] ?? [];
  return `<${use.name}${props.map((p) => showProp(p, use.props[p])).join('')}>`;
}

/**
 * A translation states the same facts as its original, in the same order: the same
 * numbers, quotes, timelines and related explainers. Otherwise figures typed by
 * translators would drift apart between languages, which shared facts exist to prevent.
 */
export function checkTranslationsAgree(original: TranslationBlocks, translations: TranslationBlocks[]): void {
  const factsOf = (blocks: TranslationBlocks) => blocks.blocks.filter((use) => FACT_PROPS[use.name]);
  const expected = factsOf(original);
  for (const translation of translations) {
    const found = factsOf(translation);
    for (let i = 0; i < Math.max(expected.length, found.length); i++) {
      const want = expected[i];
      const got = found[i];
      if (want && got && factSignature(want) === factSignature(got)) continue;
      const there = (use: BlockUse) => `${original.file}, line ${use.line}`;
      throw new ContentError({
        file: translation.file,
        field: got ? `line ${got.line}, ${factSignature(got)}` : undefined,
        message: !got
          ? `lacks ${factSignature(want!)}, which the original has (${there(want!)}).`
          : want
            ? `does not match the original ${factSignature(want)} (${there(want)}).`
            : `is not in the original, ${original.file}.`,
        hint: 'Facts are the same in every language: copy the block and its props from the original and translate only the words.',
      });
    }
  }
}
