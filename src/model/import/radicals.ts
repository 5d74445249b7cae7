// Text taken from a PDF can carry CJK radicals where the page shows ideographs: Chromium's print
// (ours included) embeds fonts whose glyphs for 人, 一, 门 … are mapped to the look-alike radicals
// U+2F08 ⼈, U+2F00 ⼀, U+2ED4 ⻔. They print the same but match no label, so every source is
// mapped back through Unicode's own equivalence table. NFKC is not used: it misses the CJK radical
// supplement (⻔) and would turn full-width punctuation and digits into ASCII.

import { radicalPairs } from './radicalTable.ts';

const ideographOf: ReadonlyMap<string, string> = (() => {
  const characters = [...radicalPairs];
  const map = new Map<string, string>();
  for (let i = 0; i + 1 < characters.length; i += 2) {
    map.set(characters[i] ?? '', characters[i + 1] ?? '');
  }
  return map;
})();

const radical = /[\u2E80-\u2FDF]/gu;

/** The text with every CJK radical that has an equivalent ideograph replaced by it. */
export function normaliseRadicals(text: string): string {
  return text.replace(radical, (character) => ideographOf.get(character) ?? character);
}
