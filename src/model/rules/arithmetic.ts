// The sums printed in or implied by tables 三 and 四. R3-BALANCE is judged on computed totals;
// R3-RESULT, R3-ROW and R4-SUM compare each total a report declared with the computed one, so a
// wrong declared total is reported once, in the cell where it is wrong.

import { t3, t4, type CellAddress } from '../form/cells.ts';
import {
  table3ApplicantColumns,
  table3ColumnNames,
  table3Columns,
  table3ResultRows,
  table3RowsByLayout,
  table3ShortRowName,
  type Table3ColumnId,
} from '../form/table3.ts';
import { table4CaseKinds, table4Parts } from '../form/table4.ts';
import { countOf } from '../values.ts';
import { countAt, finding, showDifference, type CheckContext, type Rule } from './context.ts';
import type { Finding } from './finding.ts';
import { foldTotalColumn } from './totalColumn.ts';

const columnName = (column: Table3ColumnId) => table3ColumnNames(column).join('·');

function balanceRowsComplete({ report }: CheckContext): boolean {
  return (['newReceived', 'carriedOver', 'carriedForward'] as const).every((row) =>
    table3ApplicantColumns.every((column) => report.cells[t3(row, column.id)] !== undefined),
  );
}

/**
 * A term as the message quotes it: the computed figure, and beside it what the report printed
 * where that differs — a reader comparing with the page must not meet a number it does not show.
 */
function quoted({ report }: CheckContext, address: CellAddress, computed: number): string {
  const declared = report.declared[address];
  const printed = declared === undefined ? null : countOf(declared);
  return printed === null || printed === computed
    ? `${computed}`
    : `填报 ${printed}，计算 ${computed}`;
}

export const checkTable3Balance: Rule = (context) => {
  const findings: Finding[] = [];
  for (const column of table3Columns) {
    // The 总计 column adds up the applicant columns: its imbalance is theirs, reported there once.
    if (column.id === 'total' && findings.length > 0) continue;
    const terms = [
      t3('newReceived', column.id),
      t3('carriedOver', column.id),
      t3('resultTotal', column.id),
      t3('carriedForward', column.id),
    ];
    const [received, carriedOver, results, carriedForward] = terms.map((a) => countAt(context, a));
    // A column still being filled in is the business of C-BLANK, not an imbalance; the 总计
    // column is only as complete as the applicant columns it adds up.
    if (received == null || carriedOver == null || results == null || carriedForward == null) {
      continue;
    }
    if (column.id === 'total' && !balanceRowsComplete(context)) continue;
    const left = received + carriedOver;
    const right = results + carriedForward;
    if (left === right) continue;
    findings.push(
      finding('R3-BALANCE', {
        section: 't3',
        cells: terms,
        left,
        right,
        message:
          `表三·${columnName(column.id)}列：一、本年新收（${quoted(context, t3('newReceived', column.id), received)}）` +
          `加二、上年结转（${quoted(context, t3('carriedOver', column.id), carriedOver)}）为 ${left}，` +
          `三、（七）总计（${quoted(context, t3('resultTotal', column.id), results)}）` +
          `加四、结转下年度继续办理（${quoted(context, t3('carriedForward', column.id), carriedForward)}）为 ${right}，${showDifference(left, right)}。`,
      }),
    );
  }
  return findings;
};

/** A total the report printed that is not the sum of its parts: both figures; null otherwise. */
function declaredMiss(
  context: CheckContext,
  address: CellAddress,
): { readonly declared: number; readonly computed: number } | null {
  const declared = context.report.declared[address];
  const computed = countAt(context, address);
  if (declared === undefined || computed === null) return null;
  const printed = countOf(declared) ?? 0;
  return printed === computed ? null : { declared: printed, computed };
}

interface ResultMiss {
  readonly column: Table3ColumnId;
  readonly declared: number;
  readonly computed: number;
  readonly cells: CellAddress[];
  readonly parts: string[];
}

function resultMiss(context: CheckContext, column: Table3ColumnId): ResultMiss | null {
  const address = t3('resultTotal', column);
  const miss = declaredMiss(context, address);
  if (!miss) return null;
  const rows = table3ResultRows(context.report.table3Layout);
  const parts = rows
    .map((row) => ({ row, value: countAt(context, t3(row.id, column)) }))
    .filter((part) => part.value !== null && part.value !== 0)
    .map((part) => `${table3ShortRowName(part.row)} ${part.value}`);
  return {
    column,
    ...miss,
    cells: [...rows.map((row) => t3(row.id, column)), address],
    parts,
  };
}

function resultFinding(miss: ResultMiss): Finding {
  return finding('R3-RESULT', {
    section: 't3',
    cells: miss.cells,
    left: miss.declared,
    right: miss.computed,
    message:
      `表三·${columnName(miss.column)}列：（七）总计填报为 ${miss.declared}，各项办理结果相加为 ${miss.computed}` +
      `${miss.parts.length ? `（${miss.parts.join('，')}）` : ''}，${showDifference(miss.declared, miss.computed)}。`,
  });
}

export const checkTable3Results: Rule = (context) => {
  const misses = table3ApplicantColumns
    .map((column) => resultMiss(context, column.id))
    .filter((miss): miss is ResultMiss => miss !== null);
  const total = resultMiss(context, 'total');
  const columns = misses.map((miss) => columnName(miss.column));
  return foldTotalColumn(
    misses.map((miss) => resultFinding(miss)),
    total && resultFinding(total),
    (echo) =>
      `总计列的（七）总计（填报 ${echo.left}，计算 ${echo.right}）随之${showDifference(0, echo.difference ?? 0)}` +
      `${columns.length > 1 ? `，来自${columns.join('、')}${columns.length === 2 ? '两' : '各'}列` : ''}，不另计错误。`,
  );
};

export const checkTable3Rows: Rule = (context) => {
  const findings: Finding[] = [];
  for (const row of table3RowsByLayout[context.report.table3Layout]) {
    if (row.id === 'resultTotal') continue; // its 总计 is checked as a column by R3-RESULT
    const address = t3(row.id, 'total');
    const miss = declaredMiss(context, address);
    if (!miss) continue;
    const { declared: left, computed } = miss;
    findings.push(
      finding('R3-ROW', {
        section: 't3',
        cells: [...table3ApplicantColumns.map((column) => t3(row.id, column.id)), address],
        left,
        right: computed,
        message: `表三·${table3ShortRowName(row)}：总计填报为 ${left}，六类申请人相加为 ${computed}，${showDifference(left, computed)}。`,
      }),
    );
  }
  return findings;
};

export const checkTable4Sums: Rule = (context) => {
  const findings: Finding[] = [];
  for (const kind of table4CaseKinds) {
    const address = t4(kind.id, 'total');
    const miss = declaredMiss(context, address);
    if (!miss) continue;
    const { declared: left, computed } = miss;
    findings.push(
      finding('R4-SUM', {
        section: 't4',
        cells: [...table4Parts.map((outcome) => t4(kind.id, outcome.id)), address],
        left,
        right: computed,
        message:
          `表四·${kind.path.join('·')}：总计填报为 ${left}，` +
          `${table4Parts.map((outcome) => outcome.label).join('、')}相加为 ${computed}，${showDifference(left, computed)}。`,
      }),
    );
  }
  return findings;
};
