// The passages of a text that findings quote (T-TEXT's sentence, L-REPEAT's repeated passage), as
// ranges of the text the field shows now, and the text cut into marked and unmarked pieces.

import type { Finding, Quote } from '../../model/rules/finding.ts';
import { narrativeFields } from '../../model/rules/text/narrative.ts';
import type { Report } from '../../model/report.ts';

/** [start, end) in UTF-16 units, as JavaScript indexes strings. */
export interface TextRange {
  readonly start: number;
  readonly end: number;
}

export interface Segment {
  readonly text: string;
  readonly start: number;
  readonly isMarked: boolean;
}

/**
 * Where a quote stands in `text`: its offsets, while they still hold its words. Findings are
 * derived from the text as it is (the store renews a finding whose quote moved), so they fail
 * only for a text the findings have not seen yet; then nothing is marked.
 */
export function locateQuote(text: string, quote: Quote): TextRange | undefined {
  if (quote.text === '' || text.slice(quote.start, quote.end) !== quote.text) return undefined;
  return { start: quote.start, end: quote.end };
}

/** The ranges of `text` that findings quote from the field at `place`. */
export function quotedRanges(
  findings: readonly Finding[] | undefined,
  place: string,
  text: string,
): TextRange[] {
  return (findings ?? []).flatMap((finding) => {
    if (finding.quote?.field !== place) return [];
    const range = locateQuote(text, finding.quote);
    return range ? [range] : [];
  });
}

/**
 * Sorted, overlapping ranges merged, cut to the text. Ranges that only touch stay apart, so two
 * flagged sentences side by side are still two marks.
 */
export function mergeRanges(ranges: readonly TextRange[], length: number): TextRange[] {
  const sorted = ranges
    .map((r) => ({ start: Math.max(0, r.start), end: Math.min(length, r.end) }))
    .filter((r) => r.end > r.start)
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: TextRange[] = [];
  for (const range of sorted) {
    const last = merged.at(-1);
    if (last && range.start < last.end) {
      merged[merged.length - 1] = { start: last.start, end: Math.max(last.end, range.end) };
    } else {
      merged.push(range);
    }
  }
  return merged;
}

/** The whole text in order, each piece marked or not; joined, the pieces are the text. */
export function splitByRanges(text: string, ranges: readonly TextRange[]): Segment[] {
  const segments: Segment[] = [];
  let at = 0;
  for (const { start, end } of mergeRanges(ranges, text.length)) {
    if (start > at) segments.push({ text: text.slice(at, start), start: at, isMarked: false });
    segments.push({ text: text.slice(start, end), start, isMarked: true });
    at = end;
  }
  if (at < text.length) segments.push({ text: text.slice(at), start: at, isMarked: false });
  return segments;
}

/** The text of the narrative field at `place` (preamble, s1.summary, s6.items.0.text …). */
export function narrativeTextAt(report: Report, place: string): string {
  return narrativeFields(report).find((field) => field.address === place)?.text ?? '';
}
