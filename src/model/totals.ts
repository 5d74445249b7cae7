// Totals derived from the entered cells. They are never stored: the report holds what people
// entered (and, for imported reports, what the publisher declared); everything else is computed.

import { t3, t4, type CellAddress } from './form/cells.ts';
import {
  table3Columns,
  table3ResultRows,
  table3RowsByLayout,
  table3GroupRows,
  type Table3ApplicantColumnId,
  type Table3ColumnId,
  type Table3GroupId,
  type Table3Row,
  type Table3RowId,
} from './form/table3.ts';
import { table4CaseKinds } from './form/table4.ts';
import type { Cells, Report } from './report.ts';
import { countOf } from './values.ts';

/** null when every cell summed is blank: an unfilled total stays blank rather than showing 0. */
export type Total = number | null;

export type ColumnSums = Readonly<Record<Table3ColumnId, Total>>;

export interface Totals {
  /** Every computed cell of tables 三 and 四, by address. */
  readonly cells: ReadonlyMap<CellAddress, Total>;
  /** Per column sums of （三）–（六） and of all results; not printed in the official table. */
  readonly groups: Readonly<Record<Table3GroupId, ColumnSums>>;
}

export function sumTotals(values: readonly Total[]): Total {
  let sum: Total = null;
  for (const value of values) {
    if (value !== null) sum = (sum ?? 0) + value;
  }
  return sum;
}

function rowTotal(cells: Cells, row: Table3RowId): Total {
  return sumTotals([
    countOf(cells[t3(row, 'natural')]),
    countOf(cells[t3(row, 'commercial')]),
    countOf(cells[t3(row, 'research')]),
    countOf(cells[t3(row, 'publicInterest')]),
    countOf(cells[t3(row, 'legalService')]),
    countOf(cells[t3(row, 'otherOrg')]),
  ]);
}

function columnSums(cells: Cells, rows: readonly Table3Row[]): ColumnSums {
  const sum = (column: Table3ApplicantColumnId) =>
    sumTotals(rows.map((row) => countOf(cells[t3(row.id, column)])));
  return {
    natural: sum('natural'),
    commercial: sum('commercial'),
    research: sum('research'),
    publicInterest: sum('publicInterest'),
    legalService: sum('legalService'),
    otherOrg: sum('otherOrg'),
    total: sumTotals(rows.map((row) => rowTotal(cells, row.id))),
  };
}

export function computeTotals(report: Pick<Report, 'cells' | 'table3Layout'>): Totals {
  const { cells, table3Layout: layout } = report;
  const totals = new Map<CellAddress, Total>();

  for (const row of table3RowsByLayout[layout]) {
    if (row.id !== 'resultTotal') totals.set(t3(row.id, 'total'), rowTotal(cells, row.id));
  }
  const results = columnSums(cells, table3ResultRows(layout));
  for (const column of table3Columns) totals.set(t3('resultTotal', column.id), results[column.id]);

  for (const kind of table4CaseKinds) {
    totals.set(
      t4(kind.id, 'total'),
      sumTotals([
        countOf(cells[t4(kind.id, 'upheld')]),
        countOf(cells[t4(kind.id, 'corrected')]),
        countOf(cells[t4(kind.id, 'otherResult')]),
        countOf(cells[t4(kind.id, 'pending')]),
      ]),
    );
  }

  const group = (id: Table3GroupId) => columnSums(cells, table3GroupRows(layout, id));
  return {
    cells: totals,
    groups: {
      results,
      withheld: group('withheld'),
      unavailable: group('unavailable'),
      notProcessed: group('notProcessed'),
      otherHandling: group('otherHandling'),
    },
  };
}
