// The report's six sections, found by their headings in order. Headings are matched loosely
// (extra or mistyped characters, the 条例's wording of 四); a table whose heading is missing is
// found by its own first lines. Lines before 一 are the title, date and preamble.

import { sectionHeadings, type SectionId } from '../form/sections.ts';
import { table2Blocks } from '../form/table2.ts';
import { table3BalanceNote, table3ColumnGroups, table3RowsByLayout } from '../form/table3.ts';
import { table4CaseKinds } from '../form/table4.ts';
import { noteLine, type Collector } from './collector.ts';
import { importFinding } from './findings.ts';
import {
  bestSimilarity,
  compactLabel,
  compactText,
  splitNumbering,
  textAfterCompact,
  type NumberedLabel,
} from './labels.ts';
import type { SourceLine } from './source.ts';
import { sectionHeadingVariants } from './variants.ts';

export const sectionOrder = [
  's1',
  't2',
  't3',
  't4',
  's5',
  's6',
] as const satisfies readonly SectionId[];

export interface Outline {
  /** Lines before the first section: title, date, preamble. */
  readonly header: readonly SourceLine[];
  readonly sections: Readonly<Record<SectionId, readonly SourceLine[]>>;
}

interface HeadingKey {
  readonly numbering: string | null;
  readonly spellings: readonly string[];
}

function headingKey(id: SectionId): HeadingKey {
  const { numbering, body } = splitNumbering(sectionHeadings[id]);
  return { numbering, spellings: [body, ...sectionHeadingVariants[id].map(compactLabel)] };
}

const headingKeys: Readonly<Record<SectionId, HeadingKey>> = {
  s1: headingKey('s1'),
  t2: headingKey('t2'),
  t3: headingKey('t3'),
  t4: headingKey('t4'),
  s5: headingKey('s5'),
  s6: headingKey('s6'),
};

interface HeadingMatch {
  /** 1 only for the template's own heading; a variant wording or a typo is reported. */
  readonly similarity: number;
  /** Text after the heading on the same line (「一、总体情况。2024年，……」), if any. */
  readonly rest: string;
}

/**
 * Whether the line is section `id`'s heading: numbered 一、…六、 and close to the template's words
 * (or a known variant), or unnumbered and nearly the same. A line that starts with the heading and
 * goes on carries the section's first paragraph.
 */
function matchHeading(
  line: SourceLine,
  { numbering, body }: NumberedLabel,
  id: SectionId,
): HeadingMatch | undefined {
  const key = headingKeys[id];
  const numeral = key.numbering?.replace('、', '');
  const isNumbered = numbering === key.numbering;
  const isParenthesised = numbering === `(${numeral})`;
  const longest = Math.max(...key.spellings.map((spelling) => spelling.length));
  // A heading is short; a paragraph is not compared with it character by character.
  const threshold = isNumbered
    ? 0.6
    : (numbering === null || isParenthesised) && body.length <= longest + 4
      ? 0.85
      : undefined;
  const similarity =
    threshold !== undefined && body.length <= longest * 2
      ? bestSimilarity(body, key.spellings, threshold)
      : 0;
  const asTemplate = body === key.spellings[0] ? 1 : Math.min(similarity, 0.99);
  if (threshold !== undefined && similarity >= threshold) {
    return { similarity: asTemplate, rest: '' };
  }
  if (isNumbered) {
    const spelling = key.spellings.find((s) => s.length >= 4 && body.startsWith(s));
    if (spelling) {
      const similarity = spelling === key.spellings[0] ? 1 : 0.99;
      return { similarity, rest: textAfterHeading(line.text, spelling) };
    }
  }
  return undefined;
}

/** The text after the numeral and the heading's words: the section's first paragraph. */
function textAfterHeading(text: string, compact: string): string {
  const numeral = /[一二三四五六]\s*[、.．,，]?\s*/u.exec(text);
  const afterNumeral = numeral ? text.slice(numeral.index + numeral[0].length) : text;
  return textAfterCompact(afterNumeral, compact.length).replace(/^[\s。．.：:，,]+/u, '');
}

/** First lines of a table whose heading is missing, told by the line's compact text. */
const tableAnchors: Partial<Record<SectionId, (text: string) => boolean>> = {
  t2: (text) => text === compactLabel(table2Blocks[0].label),
  t3: (text) => {
    return (
      bestSimilarity(text, [compactLabel(table3BalanceNote)], 0.7) >= 0.7 ||
      text.includes(compactLabel(table3ColumnGroups.applicants)) ||
      text.includes(compactLabel(table3RowsByLayout['2021'][0].label).slice(1))
    );
  },
  t4: (text) => table4CaseKinds.every((kind) => text.includes(compactLabel(kind.path[0]))),
};

interface SectionStart {
  readonly index: number;
  /** False for a heading line, which is not content; true for a table found by its first line. */
  readonly isContent: boolean;
  /** Text after the heading on its line. */
  readonly rest: SourceLine | undefined;
}

export function findOutline(lines: readonly SourceLine[], collector: Collector): Outline {
  const starts = new Map<SectionId, SectionStart>();
  // Each line is tried against every heading not found yet: its number is read once.
  const labels: (NumberedLabel | undefined)[] = [];
  const labelAt = (index: number, line: SourceLine) =>
    (labels[index] ??= splitNumbering(line.text));
  let from = 0;
  for (const id of sectionOrder) {
    for (let index = from; index < lines.length; index++) {
      const line = lines[index];
      const match = line && matchHeading(line, labelAt(index, line), id);
      if (!line || !match) continue;
      const rest = match.rest ? { ...line, text: match.rest, cells: [match.rest] } : undefined;
      starts.set(id, { index, isContent: false, rest });
      noteLine(collector, line, `${sectionHeadings[id]}（标题）`);
      if (match.similarity < 1) {
        collector.findings.push(
          importFinding('I-SECTION', {
            section: id,
            line: line.line,
            severity: 'info',
            left: line.text,
            right: sectionHeadings[id],
            message: `第 ${line.line} 行的标题“${line.text}”与模板不完全一致，按“${sectionHeadings[id]}”读入。`,
          }),
        );
      }
      from = index + 1;
      break;
    }
  }
  findMissingTables(lines, starts, collector);
  return cut(lines, starts);
}

function findMissingTables(
  lines: readonly SourceLine[],
  starts: Map<SectionId, SectionStart>,
  collector: Collector,
) {
  sectionOrder.forEach((id, order) => {
    if (starts.has(id)) return;
    const anchor = tableAnchors[id];
    const before = sectionOrder.slice(0, order).map((s) => starts.get(s)?.index ?? -1);
    const after = sectionOrder.slice(order + 1).map((s) => starts.get(s)?.index ?? lines.length);
    const from = Math.max(-1, ...before) + 1;
    const to = Math.min(lines.length, ...after);
    const offset = anchor
      ? lines.slice(from, to).findIndex((line) => anchor(compactText(line.text)))
      : -1;
    const found = offset >= 0 ? lines[from + offset] : undefined;
    if (found) starts.set(id, { index: from + offset, isContent: true, rest: undefined });
    collector.findings.push(
      importFinding('I-SECTION', {
        section: id,
        line: found?.line ?? null,
        message: found
          ? `未找到“${sectionHeadings[id]}”的标题，从第 ${found.line} 行的表格起读作这一部分。`
          : `未找到“${sectionHeadings[id]}”这一部分，其内容为空。`,
      }),
    );
  });
}

function cut(lines: readonly SourceLine[], starts: ReadonlyMap<SectionId, SectionStart>): Outline {
  const found = [...starts].sort(([, a], [, b]) => a.index - b.index);
  const sections: Record<SectionId, SourceLine[]> = {
    s1: [],
    t2: [],
    t3: [],
    t4: [],
    s5: [],
    s6: [],
  };
  found.forEach(([id, start], i) => {
    const begin = start.isContent ? start.index : start.index + 1;
    const end = found[i + 1]?.[1].index ?? lines.length;
    sections[id] = [...(start.rest ? [start.rest] : []), ...lines.slice(begin, end)];
  });
  return { header: lines.slice(0, found[0]?.[1].index ?? lines.length), sections };
}
