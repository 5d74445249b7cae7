// Totals derived from the entered cells. They are never stored: the report holds what people
// entered (and, for imported reports, what the publisher declared); everything else is computed.

import { t3, t4, type CellAddress } from './form/cells.ts';
import {
  table3ApplicantColumns,
  table3Columns,
  table3Groups,
  table3GroupRows,
  table3ResultRows,
  table3RowsByLayout,
  type Table3ColumnId,
  type Table3GroupId,
  type Table3Layout,
} from './form/table3.ts';
import { table4CaseKinds, table4Parts } from './form/table4.ts';
import type { Report } from './report.ts';
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

interface RowPlan {
  readonly applicants: readonly CellAddress[];
  readonly total: CellAddress;
  /** Sums this row adds into: 三、本年度办理结果 and its sub-heading, if any. */
  readonly groups: readonly Table3GroupId[];
}

const groupIds = Object.keys(table3Groups) as Table3GroupId[];

/**
 * What to add where, worked out once per layout: checks run on every keystroke, so computing
 * totals is one pass over the rows with addresses that are never rebuilt.
 */
function planRows(layout: Table3Layout): readonly RowPlan[] {
  return table3RowsByLayout[layout]
    .filter((row) => row.id !== 'resultTotal')
    .map((row) => ({
      applicants: table3ApplicantColumns.map((column) => t3(row.id, column.id)),
      total: t3(row.id, 'total'),
      groups: groupIds.filter((group) =>
        group === 'results'
          ? table3ResultRows(layout).includes(row)
          : table3GroupRows(layout, group).includes(row),
      ),
    }));
}

const rowPlans: Readonly<Record<Table3Layout, readonly RowPlan[]>> = {
  '2021': planRows('2021'),
  '2019': planRows('2019'),
};

const resultTotalAddresses = table3Columns.map((column) => t3('resultTotal', column.id));

const table4Plans = table4CaseKinds.map((kind) => ({
  parts: table4Parts.map((outcome) => t4(kind.id, outcome.id)),
  total: t4(kind.id, 'total'),
}));

const add = (a: Total, b: Total): Total => (b === null ? a : (a ?? 0) + b);

/** Seven running sums in table3Columns order: six applicant columns, then 总计. */
const emptySums = (): Total[] => [null, null, null, null, null, null, null];

function toColumnSums(sums: readonly Total[]): ColumnSums {
  const [natural, commercial, research, publicInterest, legalService, otherOrg, total] = sums;
  return {
    natural: natural ?? null,
    commercial: commercial ?? null,
    research: research ?? null,
    publicInterest: publicInterest ?? null,
    legalService: legalService ?? null,
    otherOrg: otherOrg ?? null,
    total: total ?? null,
  };
}

export function computeTotals(report: Pick<Report, 'cells' | 'table3Layout'>): Totals {
  const { cells } = report;
  const totals = new Map<CellAddress, Total>();
  const groupSums: Record<Table3GroupId, Total[]> = {
    results: emptySums(),
    withheld: emptySums(),
    unavailable: emptySums(),
    notProcessed: emptySums(),
    otherHandling: emptySums(),
  };

  for (const plan of rowPlans[report.table3Layout]) {
    const counts = plan.applicants.map((address) => countOf(cells[address]));
    const rowTotal = counts.reduce(add, null);
    totals.set(plan.total, rowTotal);
    for (const group of plan.groups) {
      const sums = groupSums[group];
      for (let i = 0; i < counts.length; i++) sums[i] = add(sums[i] ?? null, counts[i] ?? null);
      sums[6] = add(sums[6] ?? null, rowTotal);
    }
  }
  resultTotalAddresses.forEach((address, i) => totals.set(address, groupSums.results[i] ?? null));

  for (const plan of table4Plans) {
    totals.set(plan.total, plan.parts.map((address) => countOf(cells[address])).reduce(add, null));
  }

  return {
    cells: totals,
    groups: {
      results: toColumnSums(groupSums.results),
      withheld: toColumnSums(groupSums.withheld),
      unavailable: toColumnSums(groupSums.unavailable),
      notProcessed: toColumnSums(groupSums.notProcessed),
      otherHandling: toColumnSums(groupSums.otherHandling),
    },
  };
}
