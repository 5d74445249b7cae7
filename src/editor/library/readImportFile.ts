// What a file given to 导入 holds: a report file (JSON, through the parse door) or a workbook
// exported by 导出 Excel (its reader loads only when such a file comes). Never throws.

import { decodeText } from '../../formats/decodeText.ts';
import { parseReportText } from '../../model/parse.ts';
import type { Report } from '../../model/report.ts';

export type FileReading =
  | {
      readonly ok: true;
      readonly report: Report;
      /** What the reader had to leave out (a workbook's unreadable figures), in Chinese. */
      readonly notes: readonly string[];
    }
  | { readonly ok: false; readonly problems: readonly string[] };

export const isWorkbook = (file: File) => /\.xlsx$/iu.test(file.name);

export async function readImportFile(file: File): Promise<FileReading> {
  if (isWorkbook(file)) {
    const { importReportXlsx } = await import('../../formats/xlsxReport.ts');
    const outcome = await importReportXlsx(new Uint8Array(await file.arrayBuffer()));
    if (!outcome.ok) return { ok: false, problems: [outcome.message] };
    return { ok: true, report: outcome.report, notes: outcome.findings.map((f) => f.message) };
  }
  const parsed = parseReportText(decodeText(new Uint8Array(await file.arrayBuffer())));
  if (!parsed.ok) return { ok: false, problems: parsed.problems.map((problem) => problem.message) };
  return { ok: true, report: parsed.document.report, notes: [] };
}
