// 导出 Word / 导出 Excel: the builders are loaded only when asked for (docx and write-excel-file
// are large and most sessions never use them), so the app's first load does not grow.

import type { RenderOptions } from '../../export/html/context.ts';
import type { Report } from '../../model/report.ts';
import type { Finding } from '../../model/rules/finding.ts';
import { reportTitle } from '../../model/title.ts';
import { downloadBytes, safeFileName } from './download.ts';

/** A fresh copy: Blob wants bytes on a plain ArrayBuffer. */
const plainBytes = (bytes: Uint8Array) => new Uint8Array(bytes);

export async function downloadReportDocx(report: Report, options: RenderOptions): Promise<void> {
  const { renderReportDocx, docxMimeType } = await import('../../export/docx/document.ts');
  const bytes = await renderReportDocx(report, options);
  const suffix = options.flavour === 'review' ? '（审核稿）' : '';
  downloadBytes(
    `${safeFileName(reportTitle(report.header) + suffix)}.docx`,
    plainBytes(bytes),
    docxMimeType,
  );
}

export async function downloadReportXlsx(
  report: Report,
  findings: readonly Finding[],
): Promise<void> {
  const { renderReportXlsx, xlsxMimeType } = await import('../../export/xlsx/workbook.ts');
  const bytes = await renderReportXlsx(report, findings);
  downloadBytes(
    `${safeFileName(`${reportTitle(report.header)}（表格）`)}.xlsx`,
    plainBytes(bytes),
    xlsxMimeType,
  );
}
