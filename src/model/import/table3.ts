// Table 三 from printed rows: the header says which columns the copy kept, wrapped labels are
// joined to their rows, each row is recognised (table3Rows.ts) and its figures read
// (table3Figures.ts). The 总计 column and （七）总计 row become declared values; （六）其他处理
// as one row makes the 2019 layout.

import { t3 } from '../form/cells.ts';
import { table3Columns, table3RowsByLayout, type Table3Layout } from '../form/table3.ts';
import { leaveOut, markEdition, noteLine, placeCell, type Collector } from './collector.ts';
import {
  groupWrappedLabels,
  positionalFigures,
  readTableRow,
  type RowCell,
  type TableRow,
} from './rows.ts';
import type { SourceLine } from './source.ts';
import { absorb, placedIn, readApart } from './figureSequence.ts';
import { readTable3BySequence, reportUncertainSequence } from './table3Sequence.ts';
import { figureColumns, labelColumns, readFigures } from './table3Figures.ts';
import {
  classifyLabelCell,
  columnsInHeader,
  isHeaderCell,
  type Table3RowKey,
} from './table3Labels.ts';
import { inTable3, recogniseRow, scoreLabels, type Context } from './table3Rows.ts';

interface Placement {
  readonly key: Table3RowKey;
  readonly figures: readonly (RowCell | undefined)[];
  readonly line: SourceLine;
}

/**
 * Reads table 三 row by row; when that leaves cells unread and the text is a cell-per-line copy
 * whose figures fill the form exactly, reads it by the order of its figures instead.
 */
export function readTable3(lines: readonly SourceLine[], collector: Collector): Table3Layout {
  const byRows = readApart((apart) => readTable3Rows(lines, apart));
  const placedByRows = placedIn(byRows.collector, 't3.');
  const complete = table3RowsByLayout[byRows.result].length * table3Columns.length;
  if (placedByRows < complete) {
    const bySequence = readApart((apart) => readTable3BySequence(lines, apart));
    if (bySequence.result && placedIn(bySequence.collector, 't3.') > placedByRows) {
      absorb(collector, bySequence.collector);
      return bySequence.result;
    }
    reportUncertainSequence(lines, byRows.collector);
  }
  absorb(collector, byRows.collector);
  return byRows.result;
}

function readTable3Rows(lines: readonly SourceLine[], collector: Collector): Table3Layout {
  const rows = lines.map(readTableRow);
  // A line with a label and no figures is a piece of a wrapped label, unless it has the table's
  // full width (a blank row of an HTML table).
  const isDataRow = (row: TableRow) =>
    row.values.length > 0 ||
    (row.labels.length > 0 && positionalFigures(row, labelColumns, figureColumns) !== undefined);
  const isHeaderRow = (row: TableRow) => row.labels.every((cell) => isHeaderCell(cell.text, false));
  const firstData = rows.findIndex(isDataRow);
  // The header ends with its last header-like line; lines after it are the first row's label.
  const headerEnd =
    rows.slice(0, firstData < 0 ? rows.length : firstData).findLastIndex(isHeaderRow) + 1;
  const headerCells: string[] = [];
  for (const row of rows.slice(0, headerEnd)) {
    if (isHeaderRow(row)) headerCells.push(...row.labels.map((cell) => cell.text));
    else leaveOut(collector, row.source, '表三表头中无法识别的文字', inTable3(row));
  }
  const shown = columnsInHeader(headerCells);
  const missingInHeader =
    shown.size === figureColumns - 1
      ? table3Columns.findIndex((_, index) => !shown.has(index))
      : undefined;

  const body = withoutRepeatedHeaders(rows.slice(headerEnd), collector).filter(
    (row) => row.values.length > 0 || !row.labels.every((cell) => isHeaderCell(cell.text, true)),
  );
  // A whole sub-heading on a line of its own heads the rows after it.
  const isSubHeading = (row: TableRow) =>
    row.labels.every((cell) => {
      const kind = classifyLabelCell(cell.text);
      return kind.kind === 'results' || (kind.kind === 'group' && kind.isNumbered);
    });
  const grouping = groupWrappedLabels(body, isDataRow, scoreLabels, isSubHeading);
  for (const row of grouping.loose) {
    const isMergedLabel = row.labels.every((cell) => classifyLabelCell(cell.text).kind !== 'label');
    if (!isMergedLabel)
      leaveOut(collector, row.source, '表三中无法归入任何一行的文字', inTable3(row));
  }

  let placements: Placement[] = [];
  let context: Context = {
    group: undefined,
    rowGroup: undefined,
    lastOrder: -1,
    used: new Set(),
    byOrder: new Map(),
  };
  for (const labelled of grouping.rows) {
    const recognised = recogniseRow(labelled, context, collector);
    if (!recognised) continue;
    const { key, isByOrder } = recognised;
    const line = labelled.row.source;
    const byOrder = new Map(context.byOrder);
    const guessed = byOrder.get(key);
    if (guessed) {
      placements = placements.filter((placement) => placement.key !== key);
      withdrawGuess(guessed, key, line, collector);
      placements = withoutWrappedRow(placements, guessed, collector);
      byOrder.delete(key);
    }
    if (isByOrder) byOrder.set(key, line);
    const used = new Set(context.used).add(key);
    context = { group: key.group, rowGroup: undefined, lastOrder: key.order, used, byOrder };
    const figures = readFigures(labelled.row, key, missingInHeader, collector);
    if (figures) placements.push({ key, figures, line });
  }
  return commitPlacements(placements, collector);
}

/**
 * A line without a label read as the next row by order, when a later line names that row: the
 * guess was wrong (often the wrapped digits of a wide figure above), so what was said about the
 * guessed line goes, and the line is left out instead.
 */
function withdrawGuess(
  guessed: SourceLine,
  key: Table3RowKey,
  named: SourceLine,
  collector: Collector,
): void {
  const findings = collector.findings.filter((finding) => finding.line !== guessed.line);
  collector.findings.splice(0, collector.findings.length, ...findings);
  const unplaced = collector.unplaced.filter((entry) => entry.line !== guessed.line);
  collector.unplaced.splice(0, collector.unplaced.length, ...unplaced);
  leaveOut(
    collector,
    guessed,
    `这一行没有行名，按顺序本应读作“${key.row.label}”，但第 ${named.line} 行才是“${key.row.label}”`,
    { section: 't3', hadFigures: true },
  );
}

/**
 * The row printed just above a withdrawn label-less line of figures: that line is most likely the
 * row's own long figures wrapped in narrow cells (「61047」 over 「1」), so its figures as read are
 * cut short. It is left unread, saying why, rather than read wrong and then reported as the
 * report's own inconsistency (R3-RESULT on a 总计 the import cut).
 */
function withoutWrappedRow(
  placements: readonly Placement[],
  wrapped: SourceLine,
  collector: Collector,
): Placement[] {
  const above = placements.filter((placement) => placement.line.line < wrapped.line).at(-1);
  if (!above || wrapped.line - above.line.line > 2) return [...placements];
  leaveOut(
    collector,
    above.line,
    `下一行（第 ${wrapped.line} 行）只有数字、没有行名，可能是这一行的长数字在窄格中折行，读到的数字不完整；请对照原文填写“${above.key.row.label}”`,
    { section: 't3', hadFigures: true },
  );
  return placements.filter((placement) => placement !== above);
}

/**
 * A table 三 printed across pages repeats its header on the next page, among the rows: a run of
 * lines without figures, each of header words only, naming at least three of the columns. Such
 * a run is taken out (and noted) before rows are read; a wrapped row label never names columns.
 */
function withoutRepeatedHeaders(rows: readonly TableRow[], collector: Collector): TableRow[] {
  const kept: TableRow[] = [];
  let run: TableRow[] = [];
  const endRun = () => {
    const words = run.flatMap((row) => row.labels.flatMap((cell) => cell.text.split(/\s+/u)));
    if (run.length > 0 && columnsInHeader(words).size >= 3) {
      for (const row of run) noteLine(collector, row.source, '表三在换页处重复的表头');
    } else kept.push(...run);
    run = [];
  };
  for (const row of rows) {
    const isHeaderLike =
      row.values.length === 0 &&
      row.labels.length > 0 &&
      row.labels.every((cell) => isHeaderCell(cell.text, false));
    if (isHeaderLike) run.push(row);
    else {
      endRun();
      kept.push(row);
    }
  }
  endRun();
  return kept;
}

/**
 * The 2019 layout when （六）其他处理 came as one row and its three 2021 rows did not; a report
 * with both keeps the 2021 rows, and the single row is left out.
 */
function commitPlacements(placements: readonly Placement[], collector: Collector): Table3Layout {
  const hasLegacy = placements.some((placement) => placement.key.isLegacy);
  const hasSplit = placements.some(
    (placement) => placement.key.group === 'otherHandling' && !placement.key.isLegacy,
  );
  const layout: Table3Layout = hasLegacy && !hasSplit ? '2019' : '2021';
  if (hasLegacy) markEdition(collector, '2019', '表三“（六）其他处理”只有一行');
  if (hasSplit) markEdition(collector, '2021', '表三“（六）其他处理”分为三项');
  for (const { key, figures, line } of placements) {
    if (key.isLegacy && layout === '2021') {
      leaveOut(collector, line, '表三已有“（六）其他处理”的三个子项，2019 年格式的合并行不再读入', {
        section: 't3',
        hadFigures: true,
      });
      continue;
    }
    figures.forEach((cell, index) => {
      const column = table3Columns[index];
      if (cell && column) placeCell(collector, t3(key.row.id, column.id), cell, line);
    });
  }
  return layout;
}
