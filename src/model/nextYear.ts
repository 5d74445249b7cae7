// 开始下一年度: next year's report for the same agency, started from this year's.
// Only what the official form links across years is carried: 四、结转下年度继续办理 becomes
// 二、上年结转, and 现行有效件数 starts from last year's figure. Everything else starts blank; the
// narrative especially, since text copied from last year is what evaluators penalise (年年雷同).

import { createBlankReport } from './blank.ts';
import { t2, t3, type CellAddress } from './form/cells.ts';
import { table2Blocks } from './form/table2.ts';
import { table3ApplicantColumns } from './form/table3.ts';
import type { Report } from './report.ts';
import type { CellValue } from './values.ts';

export function startNextYear(report: Report): Report {
  const blank = createBlankReport(report.header.year + 1, report.header.agencyName);
  const cells: Partial<Record<CellAddress, CellValue>> = {};
  const carry = (from: CellAddress, to: CellAddress) => {
    const value = report.cells[from];
    if (value !== undefined) cells[to] = value;
  };
  // The 总计 column is computed from the six applicant columns, so it follows them.
  for (const column of table3ApplicantColumns) {
    carry(t3('carriedForward', column.id), t3('carriedOver', column.id));
  }
  // A starting value, right when nothing was issued or repealed; X-VALID checks it against the
  // year's 制发 and 废止 once they are entered.
  const [item1] = table2Blocks;
  for (const row of item1.rows) carry(t2(row.id, 'inForce'), t2(row.id, 'inForce'));
  return { ...blank, header: { ...blank.header, category: report.header.category }, cells };
}
