// Checks against last year's report. The caller makes sure `prior` is the report of the year before.

import { t2, t3 } from '../form/cells.ts';
import { table2Blocks } from '../form/table2.ts';
import {
  table3ApplicantColumns,
  table3ColumnNames,
  table3Columns,
  type Table3ColumnId,
} from '../form/table3.ts';
import { countAt, finding, showDifference, type Rule } from './context.ts';
import type { Finding } from './finding.ts';
import { foldTotalColumn } from './totalColumn.ts';

export const checkCarryOver: Rule = (context) => {
  const { prior } = context;
  if (!prior) return [];
  const findings = new Map<Table3ColumnId, Finding>();
  for (const column of table3Columns) {
    const address = t3('carriedOver', column.id);
    const carriedOver = countAt(context, address);
    const carriedForward = countAt(prior, t3('carriedForward', column.id));
    if (carriedOver === null || carriedForward === null || carriedOver === carriedForward) continue;
    findings.set(
      column.id,
      finding('X-CARRY', {
        section: 't3',
        cells: [address],
        left: carriedOver,
        right: carriedForward,
        message:
          `表三·${table3ColumnNames(column.id).join('·')}列：二、上年结转为 ${carriedOver}，` +
          `但 ${prior.report.header.year} 年度报告的四、结转下年度继续办理为 ${carriedForward}，` +
          `${showDifference(carriedOver, carriedForward)}。`,
      }),
    );
  }
  return foldTotalColumn(
    table3ApplicantColumns.flatMap((column) => findings.get(column.id) ?? []),
    findings.get('total') ?? null,
    (echo) => `总计列随之${showDifference(0, echo.difference ?? 0)}，不另计。`,
  );
};

export const checkInForceCounts: Rule = (context) => {
  const { prior, report } = context;
  if (!prior) return [];
  const [item1] = table2Blocks;
  const findings: Finding[] = [];
  for (const row of item1.rows) {
    const value = (r: typeof report, column: 'issued' | 'repealed' | 'inForce') => {
      const cell = r.cells[t2(row.id, column)];
      return typeof cell === 'number' ? cell : null;
    };
    const inForce = value(report, 'inForce');
    const issued = value(report, 'issued');
    const repealed = value(report, 'repealed');
    const lastInForce = value(prior.report, 'inForce');
    if (inForce === null || issued === null || repealed === null || lastInForce === null) continue;
    const expected = lastInForce + issued - repealed;
    if (inForce === expected) continue;
    findings.push(
      finding('X-VALID', {
        section: 't2',
        cells: [t2(row.id, 'inForce'), t2(row.id, 'issued'), t2(row.id, 'repealed')],
        left: inForce,
        right: expected,
        message:
          `表二·${row.label}：现行有效件数为 ${inForce}，而上年现行有效 ${lastInForce} 件加本年制发 ${issued} 件` +
          `减本年废止 ${repealed} 件应为 ${expected}，${showDifference(inForce, expected)}；如因清理、修订等原因，请加以说明。`,
      }),
    );
  }
  return findings;
};
