// The sheet 检查结果: every finding of the check, one row each — its number, rule, severity,
// message, the places it names in official words and where it stands in the review — so whoever
// compiles the tables sees what the checker said beside the figures.

import { statusLabels } from '../../model/review/schema.ts';
import { reviewItems } from '../../model/review/status.ts';
import type { Report } from '../../model/report.ts';
import { ruleCatalogue } from '../../model/rules/catalogue.ts';
import { severityLabels, type Finding } from '../../model/rules/finding.ts';
import { describeLocation } from '../html/reviewAppendix.ts';
import type { SheetCell, SheetSpec } from './tableSheets.ts';

export const findingsSheetName = '检查结果';

export const findingsColumns = ['序号', '规则', '规则名称', '级别', '问题', '位置', '审核状态'];

const bordered = { borderStyle: 'thin', alignVertical: 'center', wrap: true } as const;

const text = (value: string): SheetCell => ({ ...bordered, value, type: String });

function ruleTitle(rule: string): string {
  const entry = Object.entries(ruleCatalogue).find(([id]) => id === rule);
  return entry ? entry[1].title : '';
}

export function buildFindingsSheet(report: Report, findings: readonly Finding[]): SheetSpec {
  const header = findingsColumns.map((label): SheetCell => ({
    ...text(label),
    fontWeight: 'bold',
    align: 'center',
  }));
  const current = reviewItems(findings, report.review).flatMap(({ finding, status }) =>
    finding ? [{ finding, status }] : [],
  );
  const rows = current.map(({ finding, status }, i): SheetCell[] => {
    return [
      { ...bordered, value: i + 1, type: Number, align: 'center' },
      text(finding.rule),
      text(ruleTitle(finding.rule)),
      text(severityLabels[finding.severity]),
      text(finding.message),
      text(finding.cells.map(describeLocation).join('；')),
      text(statusLabels[status]),
    ];
  });
  const none: (SheetCell | null)[] = [
    { ...text('未发现问题。'), columnSpan: findingsColumns.length },
    ...findingsColumns.slice(1).map(() => null),
  ];
  return {
    sheet: findingsSheetName,
    data: [header, ...(rows.length > 0 ? rows : [none])],
    columns: [6, 12, 16, 6, 60, 40, 10].map((width) => ({ width })),
    stickyRowsCount: 1,
  };
}
