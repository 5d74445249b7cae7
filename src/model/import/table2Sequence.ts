// Table 二 read by the order of its figures, for text copied out of a PDF where each cell stands
// on a line of its own. Such a copy reads the table in column bands: 「本年制发件数」「本年废止件数」,
// then their figures row by row, and 「现行有效件数」 with its figures later, after other blocks.
// So each run of column labels is followed by its figures, row by row; a column label belongs to
// the one block that has it, or (本年处理决定数量) to the latest block label. Read this way only
// when every run has exactly its rows' figures and every cell of the table is met once.

import { enteredCells, type CellAddress } from '../form/cells.ts';
import { table2Blocks, type Table2Block } from '../form/table2.ts';
import { noteLine, placeCell, type Collector } from './collector.ts';
import { figureSequence, type SequenceFigure } from './figureSequence.ts';
import { compactLabel } from './labels.ts';
import type { SourceLine } from './source.ts';

type Column = Table2Block['columns'][number];

interface Run {
  readonly block: Table2Block;
  readonly columns: Column[];
  readonly figures: SequenceFigure[];
}

const compact = (text: string) => compactLabel(text.replace(/\s+/gu, ''));

/** The column labels a line holds, in the order it prints them. */
function columnLabelsIn(text: string): string[] {
  const labels = new Set(table2Blocks.flatMap((block) => block.columns.map((c) => c.label)));
  return [...labels]
    .map((label) => ({ label, at: text.indexOf(compact(label)) }))
    .filter((found) => found.at >= 0)
    .sort((a, b) => a.at - b.at)
    .map((found) => found.label);
}

function readRuns(lines: readonly SourceLine[]): Run[] | undefined {
  const runs: Run[] = [];
  let latestBlock: Table2Block | undefined;
  for (const line of lines) {
    const text = compact(line.text);
    latestBlock = table2Blocks.find((block) => text.includes(compact(block.label))) ?? latestBlock;
    for (const label of columnLabelsIn(text)) {
      const owners = table2Blocks.filter((block) => block.columns.some((c) => c.label === label));
      const block = owners.length === 1 ? owners[0] : owners.find((b) => b === latestBlock);
      const column = block?.columns.find((c) => c.label === label);
      if (!block || !column) return undefined;
      const current = runs.at(-1);
      if (current && current.block === block && current.figures.length === 0) {
        current.columns.push(column);
      } else {
        runs.push({ block, columns: [column], figures: [] });
      }
    }
    const figures = figureSequence([line]);
    const current = runs.at(-1);
    if (figures.length > 0 && !current) return undefined;
    for (const figure of figures) current?.figures.push(figure);
  }
  return runs;
}

/** True when the figures were placed; false when they cannot be placed for certain. */
export function readTable2BySequence(lines: readonly SourceLine[], collector: Collector): boolean {
  const runs = readRuns(lines);
  if (!runs) return false;
  const placed = new Map<CellAddress, SequenceFigure>();
  for (const run of runs) {
    if (run.figures.length !== run.block.rows.length * run.columns.length) return false;
    run.figures.forEach((figure, index) => {
      const row = run.block.rows[Math.floor(index / run.columns.length)];
      const column = run.columns[index % run.columns.length];
      const address = enteredCells('2021', 't2').find(
        (def) => def.row === row?.id && def.column === column?.id,
      )?.address;
      if (address && !placed.has(address)) placed.set(address, figure);
    });
  }
  if (placed.size !== enteredCells('2021', 't2').length) return false;
  const first = lines.find((line) => figureSequence([line]).length > 0);
  if (first) {
    noteLine(
      collector,
      first,
      `表二为每格一行的文本（如从 PDF 复制），按各列标题之后的数逐行读入 ${placed.size} 个数`,
    );
  }
  for (const [address, figure] of placed) placeCell(collector, address, figure.cell, figure.line);
  return true;
}
