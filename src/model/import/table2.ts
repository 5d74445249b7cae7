// Table 二 from printed rows: four blocks, each opened by its 第二十条第（X）项 line and its
// 信息内容 header, whose column labels say which figure is which. The 2019 trial format's blocks
// and columns are recognised so that they are reported rather than misread.

import { enteredCells, isCellAddress, t2, type CellAddress } from '../form/cells.ts';
import { table2Blocks, type Table2ColumnId, type Table2RowId } from '../form/table2.ts';
import { toHalfWidth } from '../values.ts';
import { cellRole } from './cellValues.ts';
import { leaveOut, markEdition, placeCell, type Collector } from './collector.ts';
import { importFinding } from './findings.ts';
import { compactLabel, labelSimilarity } from './labels.ts';
import {
  groupWrappedLabels,
  labelsOf,
  readTableRow,
  type LabelledRow,
  type RowCell,
  type TableRow,
} from './rows.ts';
import type { SourceLine } from './source.ts';
import { absorb, placedIn, readApart } from './figureSequence.ts';
import { readTable2BySequence } from './table2Sequence.ts';
import { isHeaderRow, readHeader, reportUnit, type Block, type ColumnMap } from './table2Header.ts';
import { legacyTable2 } from './variants.ts';

/** Which block a 第二十条第（X）项 line opens; 九 is the 2019 format's 政府集中采购. */
const blockTitle = /第?\s*[(（]\s*([一二三四五六七八九十]+)\s*[)）]\s*项/u;
const blockNumbers: Readonly<Record<string, Block['id']>> = {
  一: 'item1',
  五: 'item5',
  六: 'item6',
  八: 'item8',
};

interface State {
  block: Block | undefined;
  /** False under a block the 2021 form does not have (第（九）项). */
  isKnownBlock: boolean;
  columns: Map<Block['id'], ColumnMap>;
  unit: { readonly line: SourceLine; readonly unit: string } | undefined;
}

const officialMap = (block: Block): ColumnMap => block.columns.map((column) => column.id);

/**
 * Reads table 二 row by row; when that leaves cells unread and the text is a cell-per-line copy
 * whose figures fill the table exactly, reads it by the order of its figures instead.
 */
export function readTable2(lines: readonly SourceLine[], collector: Collector): void {
  const byRows = readApart((apart) => readTable2Rows(lines, apart));
  const placedByRows = placedIn(byRows.collector, 't2.');
  if (placedByRows < enteredCells('2021', 't2').length) {
    const bySequence = readApart((apart) => readTable2BySequence(lines, apart));
    if (bySequence.result && placedIn(bySequence.collector, 't2.') > placedByRows) {
      absorb(collector, bySequence.collector);
      return;
    }
  }
  absorb(collector, byRows.collector);
}

function readTable2Rows(lines: readonly SourceLine[], collector: Collector): void {
  const state: State = {
    block: undefined,
    isKnownBlock: true,
    columns: new Map(),
    unit: undefined,
  };
  let run: TableRow[] = [];
  const flushRun = () => {
    readRun(run, state, collector);
    run = [];
  };
  for (const line of lines) {
    const row = readTableRow(line);
    const title = row.values.length === 0 ? findBlockTitle(row) : undefined;
    if (title !== undefined) {
      flushRun();
      openBlock(title, line, state, collector);
    } else if (row.values.length === 0 && isHeaderRow(row)) {
      flushRun();
      readBlockHeader(row, state, collector);
    } else {
      run.push(row);
    }
  }
  flushRun();
  reportUnit(state.unit, collector);
}

function readBlockHeader(row: TableRow, state: State, collector: Collector) {
  const { block } = state;
  if (!block) {
    leaveOut(collector, row.source, '表二中不属于 2021 年格式的一项');
    return;
  }
  const header = readHeader(row, block, collector);
  state.columns.set(block.id, header.columns);
  if (block.id === 'item8' && header.unit) state.unit = { line: row.source, unit: header.unit };
}

function findBlockTitle(row: TableRow): string | undefined {
  const [first] = row.labels;
  return first && row.labels.length === 1
    ? blockTitle.exec(toHalfWidth(first.text))?.[1]
    : undefined;
}

function openBlock(number: string, line: SourceLine, state: State, collector: Collector) {
  const id = blockNumbers[number];
  state.block = table2Blocks.find((block) => block.id === id);
  state.isKnownBlock = state.block !== undefined;
  if (number === legacyTable2.droppedItem) {
    markEdition(collector, '2019', '表二有第二十条第（九）项（政府集中采购）');
    leaveOut(collector, line, '2019 年试行格式的第二十条第（九）项，2021 年格式已删除');
  } else if (!state.block) {
    leaveOut(collector, line, '表二没有这一项');
  }
}

interface RowMatch {
  readonly row: Table2RowId | undefined;
  readonly address: (column: Table2ColumnId) => CellAddress | undefined;
  readonly label: string;
  readonly similarity: number;
  readonly isLegacy: boolean;
  readonly isDropped: boolean;
}

function matchRow(text: string, block: Block | undefined): RowMatch | undefined {
  const compact = compactLabel(text);
  if (compact === '') return undefined;
  if (legacyTable2.droppedRows.map(compactLabel).includes(compact)) {
    return {
      row: undefined,
      address: () => undefined,
      label: text,
      similarity: 1,
      isLegacy: true,
      isDropped: true,
    };
  }
  const blocks = block ? [block] : table2Blocks;
  let best: RowMatch | undefined;
  for (const candidate of blocks) {
    for (const row of candidate.rows) {
      const isLegacy =
        row.id === 'normativeDocs' && compact === compactLabel(legacyTable2.normativeDocs);
      const similarity = isLegacy ? 1 : labelSimilarity(compact, compactLabel(row.label));
      if (best && similarity <= best.similarity) continue;
      best = {
        row: row.id,
        address: (column) => {
          const address = t2(row.id, column);
          return isCellAddress(address) ? address : undefined;
        },
        label: row.label,
        similarity,
        isLegacy,
        isDropped: false,
      };
    }
  }
  return best && best.similarity >= 0.5 ? best : undefined;
}

const labelText = (row: LabelledRow) =>
  labelsOf(row)
    .map((cell) => cell.text)
    .join('');

function readRun(rows: readonly TableRow[], state: State, collector: Collector) {
  if (rows.length === 0) return;
  const score = (cells: readonly RowCell[]) =>
    matchRow(cells.map((cell) => cell.text).join(''), state.block)?.similarity ?? 0;
  // A line with a label and no figures is a piece of a wrapped label, unless it has the table's
  // full width (a blank row of an HTML table).
  const isDataRow = (row: TableRow) =>
    row.values.length > 0 || (row.labels.length > 0 && isPositional(row));
  const grouping = groupWrappedLabels(rows, isDataRow, score);
  for (const row of grouping.loose) {
    leaveOut(collector, row.source, '表二中无法识别的文字', { section: 't2', hadFigures: false });
  }
  for (const labelled of grouping.rows) readRow(labelled, state, collector);
}

function readRow(labelled: LabelledRow, state: State, collector: Collector) {
  const { row } = labelled;
  const line = row.source;
  const text = labelText(labelled);
  const match = state.isKnownBlock ? matchRow(text, state.block) : undefined;
  if (!match || match.isDropped) {
    const reason = match?.isDropped
      ? '2019 年试行格式的行，2021 年格式已删除'
      : state.isKnownBlock
        ? `表二中无法识别的行“${text}”`
        : '表二中不属于 2021 年格式的一项';
    if (match?.isDropped) markEdition(collector, '2019', `表二有“${text}”一行`);
    leaveOut(collector, line, reason, { section: 't2', hadFigures: row.values.length > 0 });
    return;
  }
  if (match.isLegacy) {
    markEdition(collector, '2019', '表二写作“规范性文件”');
  } else if (match.similarity < 1) {
    collector.findings.push(
      importFinding('I-LABEL', {
        section: 't2',
        line: line.line,
        left: text,
        right: match.label,
        message: `表二第 ${line.line} 行的行名“${text}”与官方标签不完全一致，按“${match.label}”读入。`,
      }),
    );
  } else if (match.row === 'normativeDocs') {
    markEdition(collector, '2021', '表二写作“行政规范性文件”');
  }
  const block =
    state.block ?? table2Blocks.find((b) => b.rows.some((r) => r.label === match.label));
  if (!block) return;
  placeFigures(row, block, match, state, collector);
}

const dataColumns = Math.max(...table2Blocks.map((block) => block.columns.length));

/** A row with the table's full width: its figures stand in their columns, blanks included. */
const isPositional = (row: TableRow) =>
  row.cells.length === dataColumns + 1 &&
  row.roles[0] !== 'value' &&
  !row.roles.slice(1).includes('label');

function placeFigures(
  row: TableRow,
  block: Block,
  match: RowMatch,
  state: State,
  collector: Collector,
) {
  // A header that named no column (「信息内容」 alone, its column words lost) says nothing.
  const printed = state.columns.get(block.id) ?? [];
  const map = printed.length > 0 ? printed : officialMap(block);
  const figures = isPositional(row) ? row.cells.slice(1) : row.values;
  const needed = map.reduce((last, column, index) => (column === null ? last : index + 1), 0);
  // More figures than the block has columns (「12 345」 where single spaces also separate
  // columns): which belong where is as unknown as with too few.
  const figureCount = figures.filter((cell) => cellRole(cell.text) === 'value').length;
  const isMiscounted = figures.length < needed || figureCount > map.length;
  if (!isPositional(row) && figures.length > 0 && isMiscounted) {
    const counted =
      figureCount > map.length ? `有 ${figureCount} 个数` : `只有 ${figures.length} 个数`;
    collector.findings.push(
      importFinding('I-MISSING', {
        section: 't2',
        line: row.source.line,
        message: `表二“${match.label}”：第 ${row.source.line} 行${counted}，这一项有 ${Math.max(needed, map.length)} 栏，无法确定各数属于哪一栏，这一行未读入。`,
      }),
    );
    leaveOut(collector, row.source, `表二“${match.label}”：数的个数与栏数不符`);
    return;
  }
  figures.forEach((cell, index) => {
    const column = map[index];
    const address = column ? match.address(column) : undefined;
    if (address) placeCell(collector, address, cell, row.source);
    else if (cell.text !== '') {
      collector.unplaced.push({
        line: row.source.line,
        text: cell.text,
        reason: `表二“${match.label}”的第 ${index + 1} 个数不属于 2021 年格式的任何一栏`,
      });
    }
  });
}
