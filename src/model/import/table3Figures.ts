// The seven figures of a table 三 row: by position when the row has the table's full width, else
// in order, with one missing figure located from the header and the row's own 总计.

import { describeCell, getCellDef, t3 } from '../form/cells.ts';
import { table3Columns, table3ShortRowName } from '../form/table3.ts';
import { cellRole, readCell } from './cellValues.ts';
import { leaveOut, type Collector } from './collector.ts';
import { importFinding } from './findings.ts';
import { chooseMissingColumn, withHole, type MissingColumnChoice } from './missingColumn.ts';
import { positionalFigures, type RowCell, type TableRow } from './rows.ts';
import type { Table3RowKey } from './table3Labels.ts';
import { rowAddresses } from './table3Rows.ts';

/** 一、 / （三） / 1. before the figures, as the official table prints them. */
export const labelColumns = 3;
export const figureColumns = table3Columns.length;
const totalColumn = figureColumns - 1;

export function readFigures(
  row: TableRow,
  key: Table3RowKey,
  missingInHeader: number | undefined,
  collector: Collector,
): readonly (RowCell | undefined)[] | undefined {
  const positional = positionalFigures(row, labelColumns, figureColumns);
  if (positional) return positional;
  const { values } = row;
  const line = row.source.line;
  const name = `表三·${table3ShortRowName(key.row)}`;
  if (values.length === figureColumns) return values;
  // More figures than columns: a stray number among the labels (「1」「属于国家秘密」) is dropped,
  // but when every cell is a figure nothing tells which are extra (「2 700」 of a copy that sets
  // columns apart by single spaces is two of them), so the row is not read.
  const figureCount = values.filter((cell) => cellRole(cell.text) === 'value').length;
  if (figureCount > figureColumns) return unreadRow(name, key, line, figureCount, row, collector);
  if (values.length > figureColumns) {
    const extra = values.length - figureColumns;
    collector.findings.push(
      importFinding('I-MISSING', {
        section: 't3',
        line,
        cells: rowAddresses(key),
        message: `${name}：第 ${line} 行有 ${values.length} 个数，表格只有 ${figureColumns} 列；取后 ${figureColumns} 个，前 ${extra} 个未用。`,
      }),
    );
    return values.slice(extra);
  }
  if (values.length === figureColumns - 1) {
    const choice = chooseMissingColumn({
      columns: figureColumns,
      fits: (missing) => fitsRowSum(values, missing),
      missingInHeader,
      fallback: totalColumn,
    });
    if (choice) {
      collector.findings.push(missingFigureFinding(name, key, line, choice));
      return withHole(values, choice.index);
    }
  }
  if (values.length > 0) unreadRow(name, key, line, values.length, row, collector);
  return undefined;
}

function unreadRow(
  name: string,
  key: Table3RowKey,
  line: number,
  count: number,
  row: TableRow,
  collector: Collector,
): undefined {
  const counted = count < figureColumns ? `只有 ${count} 个数` : `有 ${count} 个数`;
  collector.findings.push(
    importFinding('I-MISSING', {
      section: 't3',
      line,
      cells: rowAddresses(key),
      message: `${name}：第 ${line} 行${counted}，表格有 ${figureColumns} 列，无法确定各数属于哪一列，这一行未读入。`,
    }),
  );
  leaveOut(collector, row.source, `${name}：数的个数与列数不符`);
  return undefined;
}

/**
 * The six figures, read with `missing` left out, add up to no more than the printed 总计. Read
 * without a 总计, the last figure is 其他; when it is exactly the other five added up (and not 0),
 * it is the row's 总计 after all (a PDF whose 法律服务机构 column is blank throughout prints
 * 「17 4 / / 1 22」), so the lost figure is not the 总计.
 */
function fitsRowSum(values: readonly RowCell[], missing: number): boolean {
  const slots = withHole(values, missing);
  const counts = slots.map((cell) => (cell ? readCell('count', cell.text) : undefined));
  if (missing === totalColumn) {
    const sum = sumOf(counts.slice(0, totalColumn - 1));
    const last = counts[totalColumn - 1];
    return !(sum > 0 && last?.kind === 'value' && last.value === sum);
  }
  const total = counts[totalColumn];
  if (total?.kind !== 'value' || typeof total.value !== 'number') return true;
  return sumOf(counts.slice(0, totalColumn)) <= total.value;
}

/** The counts among readings, added up; 「/」, blanks and unreadable cells add nothing. */
function sumOf(readings: readonly (ReturnType<typeof readCell> | undefined)[]): number {
  let sum = 0;
  for (const reading of readings) {
    if (reading?.kind === 'value' && typeof reading.value === 'number') sum += reading.value;
  }
  return sum;
}

function missingFigureFinding(
  name: string,
  key: Table3RowKey,
  line: number,
  choice: MissingColumnChoice,
) {
  const column = table3Columns[choice.index];
  const label = column?.label ?? '';
  const address = t3(key.row.id, column?.id ?? 'total');
  const isComputed = getCellDef(address).isComputed;
  const why = {
    header: `表头没有“${label}”列`,
    sums: `只有缺少“${label}”时，各数与本行总计相符`,
    default: `无法从表头或合计判断缺少哪一列，按缺少行末的“${label}”处理`,
  }[choice.basis];
  const effect = isComputed
    ? `“${label}”由各列算出，这一行不记申报值`
    : `${describeCell(address)}留空`;
  return importFinding('I-MISSING', {
    section: 't3',
    line,
    severity: isComputed && choice.basis !== 'default' ? 'info' : 'warning',
    cells: [address],
    message: `${name}：第 ${line} 行只有 ${figureColumns - 1} 个数，表格有 ${figureColumns} 列。${why}，故按缺少“${label}”读入：${effect}。`,
  });
}
