// A batch's results for a person (text), a script (JSON) and a spreadsheet (CSV of the problems).

import type { BatchRow } from '../../model/batch/batch.ts';
import { severityLabels } from '../../model/rules/finding.ts';
import { problemListCsv } from '../../export/problemList.ts';
import type { BatchResult } from './result.ts';

const agencyOf = (row: BatchRow) =>
  row.entry.report.header.agencyName.trim() || '（未填写机关名称）';

function rowLine(row: BatchRow): string {
  const { report, readAs, importFindings, source } = row.entry;
  const decided = importFindings.length > 0 ? `，导入时判断 ${importFindings.length} 处` : '';
  return [
    `${agencyOf(row)}  ${report.header.category ?? '未填类别'}  ${report.header.year} 年度`,
    `  ${source}（${readAs}${decided}${row.prior ? `，对照上年 ${row.prior}` : ''}）`,
    `  错误 ${row.counts.error}，警告 ${row.counts.warning}，提示 ${row.counts.info}` +
      (row.finalised ? '，已定稿' : '，未定稿'),
  ].join('\n');
}

export function formatBatchText(result: BatchResult): string {
  const { rows, failures, roster, rollup } = result;
  const lines = [
    `批量审核：${rows.length} 份报告${failures.length ? `，${failures.length} 个文件无法读取` : ''}`,
    '',
  ];
  for (const row of rows) {
    lines.push(rowLine(row));
    for (const finding of row.findings.filter((f) => f.severity !== 'info')) {
      lines.push(`    ${severityLabels[finding.severity]} ${finding.rule}  ${finding.message}`);
    }
  }
  if (roster) {
    lines.push(
      '',
      `名单核对：应报 ${roster.received.length + roster.missing.length} 个，已收到 ${roster.received.length} 个`,
    );
    for (const { expected, nearly } of roster.missing) {
      lines.push(
        `  未报送：${expected}${nearly.length ? `（名称相近的报告：${nearly.join('、')}）` : ''}`,
      );
    }
    for (const { expected, reports } of roster.duplicates) {
      lines.push(`  重复报送：${expected}（${reports.length} 份）`);
    }
    for (const { report, nearly } of roster.unexpected) {
      lines.push(
        `  不在名单中：${report}${nearly.length ? `（名单中相近：${nearly.join('、')}）` : ''}`,
      );
    }
  }
  if (rollup) {
    const { area, findings } = rollup;
    const errors = findings.filter((f) => f.severity === 'error').length;
    lines.push(
      '',
      `汇总（${area.report.header.year} 年度，${rollup.reports} 份报告）：` +
        `错误 ${errors}，警告 ${findings.filter((f) => f.severity === 'warning').length}`,
    );
    for (const finding of findings.filter((f) => f.severity === 'error')) {
      lines.push(`    ${finding.rule}  ${finding.message}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

export function formatBatchJson(result: BatchResult): string {
  const json = {
    reports: result.rows.map((row) => ({
      file: row.entry.source,
      agencyName: row.entry.report.header.agencyName,
      category: row.entry.report.header.category,
      year: row.entry.report.header.year,
      readAs: row.entry.readAs,
      importDecisions: row.entry.importFindings.length,
      prior: row.prior ?? null,
      counts: row.counts,
      finalised: row.finalised,
      findings: row.findings,
    })),
    failures: result.failures.map(({ file, failure }) => ({ file, ...failure })),
    roster: result.roster ?? null,
    rollup: result.rollup
      ? { report: result.rollup.area.report, findings: result.rollup.findings }
      : null,
  };
  return `${JSON.stringify(json, null, 2)}\n`;
}

/** The problem list, as 批量审核 in the app writes it. */
export const formatBatchCsv = (result: BatchResult): string => problemListCsv(result.rows);
