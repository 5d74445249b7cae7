// L-REPEAT: a section that repeats last year's text. 30号文 forbids “年年雷同”, and evaluators
// deduct for a 重复率 over 50%. The 重复率 here is what a duplicate checker reports: the share of
// this year's characters that lie in a passage of at least `minPassage` consecutive characters
// also found in last year's text. Both texts are compared without white space and punctuation,
// and every run of digits counts as one character, so a text copied with new years and counts is
// still a copy. Shorter common runs are the stock phrases every report shares (政府信息公开工作).

import { overviewParts, sectionHeadings } from '../../form/sections.ts';
import type { Report } from '../../report.ts';
import { finding, type Rule } from '../context.ts';
import type { Finding, FindingSection } from '../finding.ts';

/** Characters a passage must run to before it counts as repeated. */
export const minPassage = 12;
/** Evaluators deduct above this share. */
export const repetitionLimit = 0.5;
const passagesShown = 3;

/** A text without white space and punctuation; each kept character knows where it came from. */
interface Normalised {
  readonly chars: string;
  /** Per kept character: the field it came from and its [start, end) there. */
  readonly field: readonly number[];
  readonly start: readonly number[];
  readonly end: readonly number[];
}

/** Separates fields so that no passage runs from one into the next. */
const fieldBreak = '\u0000';
const kept = /[\p{L}\p{N}]+/gu;
const digits = /^[0-9０-９]+/;

function normalise(texts: readonly string[]): Normalised {
  let chars = '';
  const field: number[] = [];
  const start: number[] = [];
  const end: number[] = [];
  const push = (ch: string, f: number, s: number, e: number) => {
    chars += ch;
    field.push(f);
    start.push(s);
    end.push(e);
  };
  texts.forEach((text, f) => {
    if (f > 0) push(fieldBreak, f, 0, 0);
    for (const match of text.matchAll(kept)) {
      const word = match[0];
      for (let i = 0; i < word.length;) {
        const at = match.index + i;
        const run = digits.exec(word.slice(i))?.[0];
        if (run) {
          push('#', f, at, at + run.length);
          i += run.length;
        } else {
          const ch = String.fromCodePoint(word.codePointAt(i) ?? 0);
          push(ch, f, at, at + ch.length);
          i += ch.length;
        }
      }
    }
  });
  return { chars, field, start, end };
}

function passagesOf(chars: string): Set<string> {
  const passages = new Set<string>();
  for (let i = 0; i + minPassage <= chars.length; i++) {
    const passage = chars.slice(i, i + minPassage);
    if (!passage.includes(fieldBreak)) passages.add(passage);
  }
  return passages;
}

export interface RepeatedPassage {
  readonly field: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export interface Repetition {
  /** Repeated characters ÷ all characters of this year's text, 0–1; 0 for a text with none. */
  readonly share: number;
  /** Repeated passages as this year's text has them, longest first. */
  readonly passages: readonly RepeatedPassage[];
}

/** How much of `current` (one or more fields) repeats `prior`. */
export function measureRepetition(
  current: readonly string[],
  prior: readonly string[],
): Repetition {
  return measureAgainst(current, passagesOf(normalise(prior).chars));
}

function measureAgainst(current: readonly string[], known: ReadonlySet<string>): Repetition {
  const text = normalise(current);
  const { chars } = text;
  const covered = new Uint8Array(chars.length);
  for (let i = 0; i + minPassage <= chars.length; i++) {
    if (known.has(chars.slice(i, i + minPassage))) covered.fill(1, i, i + minPassage);
  }
  let total = 0;
  let repeated = 0;
  const runs: { from: number; to: number }[] = [];
  for (let i = 0; i < chars.length; i++) {
    if (chars[i] === fieldBreak) continue;
    total++;
    if (!covered[i]) continue;
    repeated++;
    const last = runs.at(-1);
    if (last && last.to === i) last.to = i + 1;
    else runs.push({ from: i, to: i + 1 });
  }
  const passages = runs
    .sort((a, b) => b.to - b.from - (a.to - a.from) || a.from - b.from)
    .map(({ from, to }) => {
      const field = text.field[from] ?? 0;
      const start = text.start[from] ?? 0;
      const end = text.end[to - 1] ?? start;
      return { field, start, end, text: (current[field] ?? '').slice(start, end) };
    });
  return { share: total === 0 ? 0 : repeated / total, passages };
}

/** Last year's texts change once a year: their passages are worked out once. */
const priorPassages = new Map<string, ReadonlySet<string>>();

function knownPassages(prior: readonly string[]): ReadonlySet<string> {
  const key = prior.join(fieldBreak);
  let passages = priorPassages.get(key);
  if (!passages) {
    if (priorPassages.size >= 16) priorPassages.clear();
    passages = passagesOf(normalise(prior).chars);
    priorPassages.set(key, passages);
  }
  return passages;
}

interface Measured {
  readonly current: readonly string[];
  readonly prior: readonly string[];
  readonly repetition: Repetition;
}

/** The last measure per section: the editor checks on every keystroke, mostly elsewhere. */
const lastMeasured = new Map<FindingSection, Measured>();

const sameTexts = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((text, i) => text === b[i]);

function rememberedRepetition(
  section: FindingSection,
  current: readonly string[],
  prior: readonly string[],
): Repetition {
  const last = lastMeasured.get(section);
  if (last && sameTexts(last.current, current) && sameTexts(last.prior, prior)) {
    return last.repetition;
  }
  const repetition = measureAgainst(current, knownPassages(prior));
  lastMeasured.set(section, { current, prior, repetition });
  return repetition;
}

/** 0.7341 → 73.5: percent rounded up to 0.1, so a share just over the limit never reads 50%. */
const percent = (share: number) => Math.ceil(share * 1000) / 10;

const shorten = (text: string) => (text.length > 30 ? `${text.slice(0, 30)}……` : text);

interface ComparedSection {
  readonly section: FindingSection;
  readonly heading: string;
  readonly fields: readonly string[];
  readonly texts: (report: Report) => readonly string[];
}

const comparedSections: readonly ComparedSection[] = [
  {
    section: 's1',
    heading: sectionHeadings.s1,
    fields: overviewParts.map((part) => `s1.${part.id}`),
    texts: (report) => overviewParts.map((part) => report.overview[part.id]),
  },
  { section: 's5', heading: sectionHeadings.s5, fields: ['s5.text'], texts: (r) => [r.problems] },
];

export const checkRepetition: Rule = ({ report, prior }) => {
  if (!prior) return [];
  const findings: Finding[] = [];
  for (const compared of comparedSections) {
    const current = compared.texts(report);
    const last = compared.texts(prior.report);
    if (current.every((t) => t.trim() === '') || last.every((t) => t.trim() === '')) continue;
    const { share, passages } = rememberedRepetition(compared.section, current, last);
    if (share <= repetitionLimit) continue;
    const [longest] = passages;
    const shown = passages.slice(0, passagesShown).map((p) => p.text);
    findings.push(
      finding('L-REPEAT', {
        section: compared.section,
        cells: compared.fields,
        left: percent(share),
        right: repetitionLimit * 100,
        message:
          `${compared.heading}与 ${prior.report.header.year} 年度报告的重复率为 ${percent(share)}%，` +
          `超过 50%（30号文：不得年年雷同）` +
          (longest ? `；重复最长的一段是“${shorten(longest.text)}”。` : '。'),
        quote: longest && {
          field: compared.fields[longest.field] ?? compared.fields[0] ?? '',
          start: longest.start,
          end: longest.end,
          text: longest.text,
        },
        repeats: shown,
      }),
    );
  }
  return findings;
};
