// The Word document read back as the app and `nianbao import` read a .docx (readDocument: mammoth
// → HTML → importReportHtml) gives the report's figures again.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nodeReaders } from '../../cli/pdfSetup.ts';
import { readDocument } from '../../formats/readDocument.ts';
import { importReportHtml } from '../../model/import/importReport.ts';
import type { Report } from '../../model/report.ts';
import { sampleReport } from '../../sample/mudanjiang2024.ts';
import { reportArbitrary } from '../../testing/arbitraries.ts';
import { renderReportDocx } from './document.ts';

async function roundTrip(report: Report) {
  const bytes = await renderReportDocx(report, { flavour: 'clean' });
  const source = await readDocument('report.docx', bytes, nodeReaders);
  if (!source.ok || source.kind !== 'html') throw new Error('not read as a web page');
  const outcome = importReportHtml(source.content);
  if (!outcome.ok) throw new Error(outcome.message);
  return outcome.report;
}

/** One report written, read and imported took up to 4.7 s on this busy machine (1 s typically). */
const perReport = 15_000;

describe('a Word document read back through the Word import', () => {
  it(
    'gives the sample report its figures, title and date again',
    async () => {
      const back = await roundTrip(sampleReport);
      expect(back.cells).toEqual(sampleReport.cells);
      expect(back.header).toEqual({ ...sampleReport.header, category: null });
    },
    perReport,
  );

  it(
    'gives any complete report its figures again',
    async () => {
      await fc.assert(
        fc.asyncProperty(reportArbitrary({ complete: true }), async (report) => {
          const back = await roundTrip(report);
          expect(back.cells).toEqual(report.cells);
          expect(back.table3Layout).toBe(report.table3Layout);
        }),
        { numRuns: 10 },
      );
    },
    10 * perReport,
  );
});
