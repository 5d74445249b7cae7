// Comparing a printed label with an official one. Published reports mistype labels (本年废制件数),
// drop words, switch full- and half-width brackets or write 1、 for 1.; labels are compared on their
// characters alone, with the number in front read apart.

import { toHalfWidth } from '../values.ts';

/** Memos are cleared past this size, so a long-lived page importing many reports stays small. */
const memoLimit = 20_000;

/** White space, punctuation and symbols: what a label is compared without. */
const notCompared = /[\s\p{P}\p{S}]/gu;

const compacted = new Map<string, string>();

/** A label reduced to the characters that carry its meaning: 「1. 属于国家秘密」 → 「1属于国家秘密」. */
export function compactLabel(text: string): string {
  const known = compacted.get(text);
  if (known !== undefined) return known;
  const compact = compactText(text);
  // Labels recur on every row and for every candidate; a bounded memo spares the regexes.
  if (compacted.size >= memoLimit) compacted.clear();
  compacted.set(text, compact);
  return compact;
}

/** The same, unremembered: for text read once, such as every line of a long import. */
export const compactText = (text: string): string => toHalfWidth(text).replace(notCompared, '');

export interface NumberedLabel {
  /** The leading number as printed, normalised: '1', '(三)', '三、'. Null when there is none. */
  readonly numbering: string | null;
  /** The rest of the label, compacted. */
  readonly body: string;
}

const numberingPatterns: readonly [RegExp, (n: string) => string][] = [
  [/^[(（]\s*([一二三四五六七八九十]{1,4})\s*[)）]\s*/u, (n) => `(${n})`],
  [/^([一二三四五六七八九十]{1,4})\s*[、.．,，]\s*/u, (n) => `${n}、`],
  [/^[(（]\s*(\d{1,2})\s*[)）]\s*/u, (n) => n],
  [/^(\d{1,2})\s*[.、．,，)）]\s*/u, (n) => n],
];

export function splitNumbering(text: string): NumberedLabel {
  const trimmed = toHalfWidth(text);
  for (const [pattern, name] of numberingPatterns) {
    const match = pattern.exec(trimmed);
    if (match) {
      return {
        numbering: name(match[1] ?? ''),
        body: compactLabel(trimmed.slice(match[0].length)),
      };
    }
  }
  return { numbering: null, body: compactLabel(trimmed) };
}

function editDistance(a: readonly string[], b: readonly string[]): number {
  let previous = new Uint32Array(b.length + 1).map((_, j) => j);
  let current = new Uint32Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current[j] = Math.min(substitution, (previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1);
    }
    [previous, current] = [current, previous];
  }
  return previous[b.length] ?? 0;
}

/**
 * Rows are compared with every official label, and the same pairs come up again as wrapped
 * labels are tried with each neighbour; a bounded memo keeps an import in a few milliseconds.
 */
const remembered = new Map<string, number>();

/**
 * 1 for the same compact label, down to 0 for nothing in common. A label that contains the other
 * whole (部分公开 within 部分公开区分处理的…) scores at least 0.6: reports shorten long labels;
 * two characters (其他) are too few to count as a label contained in another.
 */
export function labelSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  if (a === '' || b === '') return 0;
  const key = `${a}\u0000${b}`;
  const known = remembered.get(key);
  if (known !== undefined) return known;
  const left = Array.from(a);
  const right = Array.from(b);
  const longer = Math.max(left.length, right.length);
  const shorter = Math.min(left.length, right.length);
  const ratio = 1 - editDistance(left, right) / longer;
  const contained =
    shorter >= 3 && (a.includes(b) || b.includes(a)) ? 0.6 + (0.3 * shorter) / longer : 0;
  const similarity = Math.max(ratio, contained);
  if (remembered.size >= memoLimit) remembered.clear();
  remembered.set(key, similarity);
  return similarity;
}

/**
 * Whether `labelSimilarity(a, b)` can reach `threshold`, decided without the edit distance: two
 * labels with few characters in common cannot be close. Every line of a long text is tried as a
 * heading, so the edit distance runs only for lines that pass this bound.
 */
export function mayReach(a: string, b: string, threshold: number): boolean {
  if (a === b) return true;
  if (a === '' || b === '') return false;
  const { characters, length: rightLength } = shapeOf(b);
  let leftLength = 0;
  let shared = 0;
  for (const char of a) {
    leftLength += 1;
    if (characters.has(char)) shared += 1;
  }
  const longer = Math.max(leftLength, rightLength);
  const shorter = Math.min(leftLength, rightLength);
  if (shorter >= 3 && 0.6 + (0.3 * shorter) / longer >= threshold) {
    if (a.includes(b) || b.includes(a)) return true;
  }
  // An alignment matches at most the characters the two share, and never more than the shorter.
  return Math.min(shared, shorter) / longer >= threshold;
}

/** The official labels compared with every line: their characters, counted once. */
const shapes = new Map<
  string,
  { readonly characters: ReadonlySet<string>; readonly length: number }
>();

function shapeOf(label: string) {
  const known = shapes.get(label);
  if (known) return known;
  const characters = Array.from(label);
  const shape = { characters: new Set(characters), length: characters.length };
  if (shapes.size >= memoLimit) shapes.clear();
  shapes.set(label, shape);
  return shape;
}

/** What follows the first `count` characters of `text` that a compact label keeps. */
export function textAfterCompact(text: string, count: number): string {
  let matched = 0;
  let position = 0;
  for (const char of text) {
    if (matched >= count) break;
    position += char.length;
    if (compactLabel(char) !== '') matched++;
  }
  return text.slice(position);
}

/**
 * The best of several spellings of one label, or 0 when none can reach `threshold` (a label that
 * close to none of them is not compared character by character).
 */
export function bestSimilarity(text: string, spellings: readonly string[], threshold = 0): number {
  return spellings.reduce(
    (best, spelling) =>
      mayReach(text, spelling, threshold) ? Math.max(best, labelSimilarity(text, spelling)) : best,
    0,
  );
}
