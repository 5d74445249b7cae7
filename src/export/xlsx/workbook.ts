// renderReportXlsx: the report's tables as an Excel workbook — sheets 表二, 表三, 表四 laid out as
// printed, and 检查结果 with every finding. Built by write-excel-file's universal entry, so the
// same code runs in Node (the CLI) and in the browser (导出 Excel).

import writeXlsxFile from 'write-excel-file/universal';
import type { Report } from '../../model/report.ts';
import type { Finding } from '../../model/rules/finding.ts';
import { buildFindingsSheet } from './findingsSheet.ts';
import { buildTableSheet, type SheetSpec } from './tableSheets.ts';

export const xlsxMimeType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function buildReportWorkbook(report: Report, findings: readonly Finding[]): SheetSpec[] {
  return [
    buildTableSheet(report, 't2'),
    buildTableSheet(report, 't3'),
    buildTableSheet(report, 't4'),
    buildFindingsSheet(report, findings),
  ];
}

/** What write-excel-file's universal build resolves to (a Blob in Node and the browser alike). */
interface ByteSource {
  arrayBuffer(): Promise<ArrayBuffer>;
}

/** Sheets as built (or as a test altered them) → the .xlsx file's bytes. */
export async function writeWorkbook(specs: readonly SheetSpec[]): Promise<Uint8Array> {
  const sheets = specs.map((sheet) => ({ ...sheet, columns: [...sheet.columns] }));
  const blob: ByteSource = await writeXlsxFile(sheets, {
    fontFamily: 'SimSun',
    fontSize: 11,
  }).toBlob();
  return new Uint8Array(await blob.arrayBuffer());
}

export const renderReportXlsx = (report: Report, findings: readonly Finding[]) =>
  writeWorkbook(buildReportWorkbook(report, findings));
