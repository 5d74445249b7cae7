// Report files out of the browser: the JSON a report is exported as, and raw values set aside.

import { serializeReport } from '../../export/json.ts';
import type { Report } from '../../model/report.ts';
import { type Quarantined, quarantineFileName, reportFileName } from '../../storage/index.ts';
import { downloadText } from '../print/download.ts';

const jsonType = 'application/json;charset=utf-8';

export function downloadReportJson(report: Report): void {
  downloadText(reportFileName(report.header), serializeReport(report), jsonType);
}

/** The raw stored value, as JSON when it can be written as JSON at all. */
export function downloadQuarantined(item: Quarantined): void {
  let text: string;
  try {
    text = `${JSON.stringify({ problems: item.problems, raw: item.raw }, null, 2)}\n`;
  } catch {
    text = String(item.raw);
  }
  downloadText(quarantineFileName(item.key), text, jsonType);
}
