import { ContentError } from './errors';
import type { BlockUsage } from './block-usage';
import { showProp } from './block-props';

/** Props that carry facts: a translator translates the text around them, never these. */
const FACT_PROPS: Record<string, readonly string[]> = {
  Fact: ['value', 'unit', 'over'],
  Quote: ['by', 'source'],
  Timeline: ['ids', 'topic'],
  Related: ['ids'],
};

export interface TranslationBlocks {
  file: string;
  usages: BlockUsage[];
}

/** `<Fact value={40} unit="officials">`: the usage as its fact props make it. */
function factSignature(usage: BlockUsage): string {
  const props = FACT_PROPS[usage.component] ?? [];
  return `<${usage.component}${props.map((p) => showProp(p, usage.props[p])).join('')}>`;
}

/**
 * A translation states the same facts as the original, in the same order: the same
 * numbers, quotes, timelines and related explainers. Otherwise figures would drift
 * apart between languages, which shared facts exist to prevent.
 */
export function checkTranslationsAgree(original: TranslationBlocks, translations: TranslationBlocks[]): void {
  const factsOf = (blocks: TranslationBlocks) => blocks.usages.filter((u) => Object.hasOwn(FACT_PROPS, u.component));
  const expected = factsOf(original);
  for (const translation of translations) {
    const found = factsOf(translation);
    for (let i = 0; i < Math.max(expected.length, found.length); i++) {
      const want = expected[i];
      const got = found[i];
      if (want && got && factSignature(want) === factSignature(got)) continue;
      const at = (usage: BlockUsage) => `${original.file}${usage.line ? `:${usage.line}` : ''}`;
      throw new ContentError({
        file: translation.file,
        line: got?.line,
        message: !got
          ? `lacks ${factSignature(want!)}, which the original has (${at(want!)}).`
          : want
            ? `${factSignature(got)} does not match the original ${factSignature(want)} (${at(want)}).`
            : `${factSignature(got)} is not in the original, ${original.file}.`,
        hint: 'Facts are the same in every language: copy the component and its props from the original and translate only the words.',
      });
    }
  }
}
