// The problem list of a batch as CSV: one finding a line, for Excel or WPS. Shared by
// `nianbao batch --format csv` and 批量审核's download, so both give the same file.

import type { BatchRow } from '../model/batch/batch.ts';
import { severityLabels } from '../model/rules/finding.ts';
import { describeLocation } from './html/reviewAppendix.ts';

/** RFC 4180: quoted when it holds a comma, quote or line break; a leading = + - @ is defused. */
function csvField(value: string): string {
  const safe = /^[=+\-@]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** Every finding of every report; a byte-order mark so Excel reads it as UTF-8. */
export function problemListCsv(rows: readonly BatchRow[]): string {
  const header = ['文件', '机关名称', '年度', '级别', '规则', '位置', '说明'];
  const lines = [header.join(',')];
  for (const { entry, findings } of rows) {
    for (const finding of findings) {
      const fields = [
        entry.source,
        entry.report.header.agencyName,
        String(entry.report.header.year),
        severityLabels[finding.severity],
        finding.rule,
        finding.cells.map(describeLocation).join('；'),
        finding.message,
      ];
      lines.push(fields.map(csvField).join(','));
    }
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
