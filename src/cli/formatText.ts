// Check results as text for a person at a terminal: per file a heading, findings grouped by
// severity with their rule, cells and review status, the corrected ones, a count line, and with
// --final whether 定稿 would be allowed.

import { severities, severityLabels } from '../model/rules/finding.ts';
import { ruleLabel } from '../model/rules/ruleName.ts';
import type { Report } from '../model/report.ts';
import type { Failure } from './failure.ts';
import type { FileReview, ListedFinding } from './fileReview.ts';
import {
  formatFinaliseVerdict,
  formatFinalisedLine,
  formatFindingReview,
  formatFixed,
} from './formatReview.ts';

export function formatCheckedReport(
  file: string,
  report: Report,
  findings: readonly ListedFinding[],
  review: FileReview,
): string {
  const { agencyName, year } = report.header;
  const lines = [
    `${file} — ${agencyName.trim() || '（未填写机关名称）'} ${year} 年度`,
    ...formatFinalisedLine(review),
  ];
  for (const severity of severities) {
    const group = findings.filter((finding) => finding.severity === severity);
    if (group.length === 0) continue;
    lines.push(`${severityLabels[severity]}（${group.length}）`);
    for (const finding of group) {
      lines.push(`  ${ruleLabel(finding.rule)}  ${finding.message}`);
      if (finding.cells.length > 0) lines.push(...formatCells(finding.cells));
      lines.push(...formatFindingReview(review, finding));
    }
  }
  if (findings.length === 0) lines.push('未发现问题。');
  lines.push(...formatFixed(review, formatCells));
  lines.push(formatCounts(findings));
  lines.push(...formatFinaliseVerdict(review));
  return `${lines.join('\n')}\n`;
}

const cellsLabel = '    位置：';
const cellsIndent = ' '.repeat(10);
/** Characters, not columns: addresses are ASCII, only the separator 、 is wide. */
const cellsLineLength = 80;

/** A finding's cells, wrapped under their label: a column check names twenty of them. */
function formatCells(cells: readonly string[]): string[] {
  const lines: string[] = [];
  let line = '';
  for (const cell of cells) {
    if (line && line.length + cell.length > cellsLineLength) {
      lines.push(`${line}、`);
      line = cell;
    } else {
      line = line ? `${line}、${cell}` : cell;
    }
  }
  lines.push(line);
  return lines.map((text, i) => (i === 0 ? cellsLabel : cellsIndent) + text);
}

/** 2 个错误，2 个警告，0 个提示 */
export function formatCounts(findings: readonly ListedFinding[]): string {
  return severities
    .map((severity) => {
      const count = findings.filter((finding) => finding.severity === severity).length;
      return `${count} 个${severityLabels[severity]}`;
    })
    .join('，');
}

export function formatFailure(failure: Failure): string {
  if (failure.details.length === 0) return `${failure.summary}。\n`;
  return [`${failure.summary}：`, ...failure.details.map((detail) => `  ${detail}`), ''].join('\n');
}
