// Tables as text copied out of a PDF gives them (pdftotext without -layout, most PDF viewers):
// every cell on a line of its own or a few to a line, header cells scattered, a row's label
// sometimes printed after its figures. Rows cannot be recovered from the lines, but the form is
// fixed: its figures come in the form's reading order, row by row and column by column. So when
// the count of figures is exactly what the form holds and every official row label is in the
// text, figure n belongs to cell n. Anything else is not certain, and is not read this way.

import { compactLabel, splitNumbering } from './labels.ts';
import { cellRole } from './cellValues.ts';
import { createCollector, type Collector } from './collector.ts';
import type { RowCell } from './rows.ts';
import type { SourceLine } from './source.ts';

export interface SequenceFigure {
  readonly cell: RowCell;
  readonly line: SourceLine;
}

/**
 * The figures standing alone in the lines, in order: words separated by white space that read as
 * figures. A row number is part of its label (「1.属于国家秘密」), so it is not one of them.
 */
export function figureSequence(lines: readonly SourceLine[]): SequenceFigure[] {
  const figures: SequenceFigure[] = [];
  for (const line of lines) {
    const words = line.text.split(/\s+/u);
    words.forEach((word, index) => {
      if (cellRole(word) === 'value')
        figures.push({ cell: { text: word, column: index + 1 }, line });
    });
  }
  return figures;
}

/** Whether every label is in the text, compacted, in any order (a PDF copy moves some labels). */
export function labelsInSight(lines: readonly SourceLine[], labels: readonly string[]): boolean {
  let compacted = '';
  for (const line of lines) compacted += compactLabel(line.text.replace(/\s+/gu, ''));
  return labels.every((label) => {
    // The body's first characters: a long label may wrap around figures in the copy.
    const body = compactLabel(splitNumbering(label).body);
    return compacted.includes(body.slice(0, Math.min(body.length, 5)));
  });
}

/** Reads into a fresh collector, so that what it found can be compared before it is kept. */
export function readApart<T>(read: (collector: Collector) => T): {
  readonly result: T;
  readonly collector: Collector;
} {
  const collector = createCollector();
  return { result: read(collector), collector };
}

/** Keeps what a reading apart found. */
export function absorb(into: Collector, from: Collector): void {
  Object.assign(into.cells, from.cells);
  Object.assign(into.declared, from.declared);
  Object.assign(into.account, from.account);
  for (const line of from.unplaced) into.unplaced.push(line);
  for (const note of from.notes) into.notes.push(note);
  for (const finding of from.findings) into.findings.push(finding);
  for (const edition of ['2019', '2021'] as const) {
    for (const mark of from.editionMarks[edition]) {
      if (!into.editionMarks[edition].includes(mark)) into.editionMarks[edition].push(mark);
    }
  }
}

/** How many cells of a table (address prefix 「t3.」) a reading placed. */
export const placedIn = (collector: Collector, prefix: string): number =>
  Object.keys(collector.account).filter((address) => address.startsWith(prefix)).length;
