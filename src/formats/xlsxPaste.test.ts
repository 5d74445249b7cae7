// The workbook's tables copied from Excel (Ctrl+A, Ctrl+C on each sheet: tab-separated rows, the
// hidden parts of merged cells empty) and pasted into 导入已发布年报 give the report's figures.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildReportWorkbook } from '../export/xlsx/workbook.ts';
import { importReportText } from '../model/import/importReport.ts';
import type { Report } from '../model/report.ts';
import { sampleReport } from '../sample/mudanjiang2024.ts';
import { reportArbitrary } from '../testing/arbitraries.ts';

/** 表二 whole (with the report's title), then 表三 and 表四 from their headings down. */
function copiedFromExcel(report: Report): string {
  return buildReportWorkbook(report, [])
    .slice(0, 3)
    .flatMap((sheet, i) =>
      sheet.data
        .slice(i === 0 ? 0 : 1)
        .map((row) => row.map((cell) => (cell?.value === undefined ? '' : String(cell.value)))),
    )
    .map((cells) => cells.join('\t'))
    .join('\n');
}

function importPasted(report: Report): Report {
  const outcome = importReportText(copiedFromExcel(report));
  if (!outcome.ok) throw new Error(outcome.message);
  return outcome.report;
}

/** One report laid out and imported: 70 ms idle, about 0.2 s measured on a busy machine. */
const perReport = 1_000;

describe('tables copied from the exported workbook', () => {
  it('import as the sample report’s figures, title and year', () => {
    const back = importPasted(sampleReport);
    expect(back.cells).toEqual(sampleReport.cells);
    expect(back.header.agencyName).toBe(sampleReport.header.agencyName);
    expect(back.header.year).toBe(2024);
  });

  it(
    'import as any complete report’s figures',
    () => {
      fc.assert(
        fc.property(reportArbitrary({ complete: true }), (report) => {
          expect(importPasted(report).cells).toEqual(report.cells);
        }),
        { numRuns: 30 },
      );
    },
    30 * perReport,
  );
});
