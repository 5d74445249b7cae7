// The 批量审核 workbook: the 汇总 tables as printed (汇总表二–四), every agency's figures one row
// each (明细), every finding of every report (问题清单) and the roster's result (名单核对).

import type { BatchRow } from '../../model/batch/batch.ts';
import type { RosterCheck } from '../../model/batch/roster.ts';
import { describeCell, enteredCells } from '../../model/form/cells.ts';
import type { Report } from '../../model/report.ts';
import { severityLabels } from '../../model/rules/finding.ts';
import { describeLocation } from '../html/reviewAppendix.ts';
import { buildTableSheet, type SheetCell, type SheetSpec } from './tableSheets.ts';

const bordered = { borderStyle: 'thin', alignVertical: 'center', wrap: true } as const;
const text = (value: string): SheetCell => ({ ...bordered, value, type: String });
const heading = (value: string): SheetCell => ({ ...text(value), fontWeight: 'bold' });

/** A figure as the cell holds it: counts and money as numbers, 「/」 as text, blank as nothing. */
function figure(value: number | string | undefined): SheetCell | null {
  if (value === undefined) return null;
  if (value === '/') return text('/');
  return { ...bordered, value: Number(value), type: Number };
}

function detailSheet(rows: readonly BatchRow[], layout: Report['table3Layout']): SheetSpec {
  const defs = enteredCells(layout);
  const header = ['文件', '机关名称', '年度', ...defs.map((def) => describeCell(def.address))];
  return {
    sheet: '明细',
    data: [
      header.map(heading),
      ...rows.map(({ entry }) => [
        text(entry.source),
        text(entry.report.header.agencyName),
        { ...bordered, value: entry.report.header.year, type: Number },
        ...defs.map((def) => figure(entry.report.cells[def.address])),
      ]),
    ],
    columns: header.map((_, i) => ({ width: i < 2 ? 24 : i === 2 ? 8 : 14 })),
    stickyRowsCount: 1,
  };
}

function problemSheet(rows: readonly BatchRow[]): SheetSpec {
  const header = ['文件', '机关名称', '年度', '级别', '规则', '位置', '说明'];
  const lines = rows.flatMap(({ entry, findings }) =>
    findings.map((finding) => [
      text(entry.source),
      text(entry.report.header.agencyName),
      { ...bordered, value: entry.report.header.year, type: Number } as SheetCell,
      text(severityLabels[finding.severity]),
      text(finding.rule),
      text(finding.cells.map(describeLocation).join('；')),
      text(finding.message),
    ]),
  );
  return {
    sheet: '问题清单',
    data: [header.map(heading), ...lines],
    columns: [24, 24, 8, 6, 12, 40, 60].map((width) => ({ width })),
    stickyRowsCount: 1,
  };
}

function rosterSheet(roster: RosterCheck): SheetSpec {
  const line = (status: string, name: string, note: readonly string[]) => [
    text(status),
    text(name),
    text(note.join('、')),
  ];
  return {
    sheet: '名单核对',
    data: [
      ['结果', '机关名称', '相近或重复的报告'].map(heading),
      ...roster.missing.map((m) => line('未报送', m.expected, m.nearly)),
      ...roster.duplicates.map((d) => line('重复报送', d.expected, d.reports)),
      ...roster.unexpected.map((u) => line('不在名单中', u.report, u.nearly)),
      ...roster.received.map((r) => line('已报送', r.expected, [])),
    ],
    columns: [12, 32, 48].map((width) => ({ width })),
    stickyRowsCount: 1,
  };
}

export function buildBatchWorkbook(
  area: Report,
  rows: readonly BatchRow[],
  roster: RosterCheck | undefined,
): SheetSpec[] {
  const tables = (['t2', 't3', 't4'] as const).map((table) => {
    const sheet = buildTableSheet(area, table);
    return { ...sheet, sheet: `汇总${sheet.sheet}` };
  });
  return [
    ...tables,
    detailSheet(rows, area.table3Layout),
    problemSheet(rows),
    ...(roster ? [rosterSheet(roster)] : []),
  ];
}
