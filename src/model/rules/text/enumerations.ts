// “共 226 条，其中概况类 174 条，政务动态 46 条，目录 6 条”: a whole and the parts a 其中 lists.
//
// A 其中 list names parts of its whole, but need not name all of them (其中予以公开 5 件 leaves the
// other results unsaid), and a writer may list two ways of dividing it (自然人 8 件、线上 6 件).
// So a list is judged only where the text leaves no doubt (docs/decisions.md):
//   - parts that add up to MORE than the whole are a slip, or overlapping categories the reader
//     cannot tell apart either;
//   - parts that end with a remainder (其他 N 条, 其余 N 条) claim to be complete and must add up
//     to the whole exactly.
// A list runs from 其中 while each clause is “label N unit” in the whole's unit, joined by one kind
// of separator; it ends at anything else, so a following statement (办结 10 件) is not a part.

import type { Span } from './narrative.ts';
import { numberSource, readNumber } from './numerals.ts';

export interface Enumeration {
  readonly whole: number;
  readonly parts: readonly number[];
  readonly unit: string;
  /** The last part is a remainder (其他, 其余…), so the parts claim to be the whole. */
  readonly isExhaustive: boolean;
  readonly sentence: Span;
}

const units = '件|条|个|项|起|篇|份|次|场|期|人|名|家|例';

/** The whole: a number and unit right before 其中, nothing but punctuation between. */
const wholeBefore = new RegExp(
  `(?<![0-9０-９.．,零〇一二两三四五六七八九十百千万])(?<n>${numberSource})\\s*(?<u>${units})[\\s，,：:]*$`,
);

/** One part: a short label, then a number and unit, then what follows it. */
const partAt = new RegExp(
  `(?<label>[^，,。；;：:、0-9０-９]{0,16}?)(?<n>${numberSource})\\s*(?<u>${units})\\s*(?<after>[，,、；;]|以及|和|及|[。！？!?]|$)`,
  'y',
);

/** Labels that start another statement rather than name a part. */
const newStatement =
  /其中|办结|答复|结转|受理|收到|新收|接收|另有|此外|同时|共|合计|累计|总计|全年|本年|占|比|较/;

/** 约 300 条, 近 50 件: not a figure to add up. */
const approximate = /(?:近|约|大约|超过|超|逾|多达)\s*$/;

const remainder = /^\s*(?:其他|其余|其它|剩余|余下)/;

const bracketed = /（[^（）]*）|\([^()]*\)/g;

/** Enumerations in one sentence of `text`. Bracketed notes (其中线上 5 件) are not parts. */
export function readEnumerations(text: string, sentence: Span): Enumeration[] {
  const raw = text.slice(sentence.start, sentence.end);
  if (!raw.includes('其中')) return [];
  const masked = raw.replace(bracketed, (note) => ' '.repeat(note.length));
  const found: Enumeration[] = [];
  for (let at = masked.indexOf('其中'); at >= 0; at = masked.indexOf('其中', at + 2)) {
    const before = masked.slice(0, at);
    const whole = wholeBefore.exec(before);
    const value = readNumber(whole?.groups?.n ?? '');
    const unit = whole?.groups?.u;
    if (!whole || value === undefined || unit === undefined) continue;
    if (approximate.test(before.slice(0, whole.index))) continue;
    const list = readParts(masked, at + 2, unit);
    if (list.parts.length < 2) continue;
    found.push({ whole: value, unit, sentence, ...list });
  }
  return found;
}

const isEnd = (after: string) => after === '' || /^[。！？!?]$/.test(after);
const isLastJoin = (after: string) => after === '和' || after === '及' || after === '以及';

/**
 * Parts from `from` on, while each is “label N unit” in `unit`. One kind of separator joins them
 * (、 or ， or ；); a different one ends the list after the part it follows, and 和/及 lead to the
 * last part.
 */
function readParts(text: string, from: number, unit: string) {
  const parts: number[] = [];
  let isExhaustive = false;
  let separator: string | undefined;
  let isLast = false;
  partAt.lastIndex = from + (/^[\s，,：:]*/.exec(text.slice(from))?.[0].length ?? 0);
  for (;;) {
    const part = partAt.exec(text);
    const groups = part?.groups;
    if (!part || !groups || groups.u !== unit) break;
    const label = groups.label ?? '';
    const value = readNumber(groups.n ?? '');
    if (value === undefined || newStatement.test(label) || approximate.test(label)) break;
    parts.push(value);
    isExhaustive = remainder.test(label);
    const after = groups.after ?? '';
    if (isLast || isEnd(after)) break;
    if (isLastJoin(after)) isLast = true;
    else if (separator === undefined) separator = after;
    else if (after !== separator) break;
    partAt.lastIndex = part.index + part[0].length;
  }
  return { parts, isExhaustive };
}
