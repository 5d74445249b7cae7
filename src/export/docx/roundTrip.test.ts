// The Word document read back as the app's Word import reads a .docx (mammoth → HTML →
// importReportHtml) gives the report's figures again. When the import's own readDocx lands, it
// replaces readDocx below.

import fc from 'fast-check';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { importReportHtml } from '../../model/import/importReport.ts';
import type { Report } from '../../model/report.ts';
import { sampleReport } from '../../sample/mudanjiang2024.ts';
import { reportArbitrary } from '../../testing/arbitraries.ts';
import { renderReportDocx } from './document.ts';

async function readDocx(bytes: Uint8Array): Promise<string> {
  return (await mammoth.convertToHtml({ buffer: Buffer.from(bytes) })).value;
}

async function roundTrip(report: Report) {
  const html = await readDocx(await renderReportDocx(report, { flavour: 'clean' }));
  const outcome = importReportHtml(html);
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
