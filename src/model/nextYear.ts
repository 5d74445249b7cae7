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

const shown = (value: CellValue | undefined) => (value === undefined ? '空白' : String(value));

/** What 开始下一年度 will carry over from `report`, in the words the confirmation shows. */
export function describeNextYear(report: Report): string[] {
  const { header, cells } = report;
  const forward = table3ApplicantColumns.map(
    (column) => `${column.label} ${shown(cells[t3('carriedForward', column.id)])}`,
  );
  const [item1] = table2Blocks;
  const inForce = item1.rows.map((row) => `${row.label} ${shown(cells[t2(row.id, 'inForce')])}`);
  return [
    `机关名称「${header.agencyName}」和机关类别（${header.category ?? '未选择'}）沿用本报告。`,
    `表三「二、上年结转政府信息公开申请数量」取自本报告的「四、结转下年度继续办理」：${forward.join('，')}。`,
    `表二「现行有效件数」以本报告的为起点：${inForce.join('，')}。`,
    '正文、导语和表格的其他各格留空：正文逐年照搬会在评估中扣分。',
  ];
}
