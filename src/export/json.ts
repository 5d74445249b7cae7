// Report → the versioned JSON file people save and share. Pure: returns a string, writes nothing.

import { cellAddresses } from '../model/form/cells.ts';
import {
  currentSchemaVersion,
  documentFormat,
  formatEditions,
  type ReportDocument,
} from '../model/document.ts';
import type { Report } from '../model/report.ts';

/** Cells in printed order, so a file reads like the tables and diffs stay small. */
function inPrintedOrder<V>(values: Partial<Record<string, V>>): Partial<Record<string, V>> {
  const ordered: Partial<Record<string, V>> = {};
  for (const address of cellAddresses) {
    if (values[address] !== undefined) ordered[address] = values[address];
  }
  return ordered;
}

export function toReportDocument(report: Report): ReportDocument {
  return {
    format: documentFormat,
    schemaVersion: currentSchemaVersion,
    formatEdition: formatEditions[0],
    report: {
      ...report,
      cells: inPrintedOrder(report.cells),
      declared: inPrintedOrder(report.declared),
    },
  };
}

export function serializeReport(report: Report): string {
  return `${JSON.stringify(toReportDocument(report), null, 2)}\n`;
}
