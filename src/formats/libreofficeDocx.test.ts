// A report saved from our print as .docx by LibreOffice (as an office turns a web page into a Word
// file) reads back through the Word import to the same tables: random printable reports, three in
// one LibreOffice run (starting it is the slow part), read as 打开文件 and `nianbao import` read.

import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { nodeReaders } from '../cli/pdfSetup.ts';
import { renderReportHtml } from '../export/html/document.ts';
import { importReportHtml } from '../model/import/importReport.ts';
import { printableReports } from '../model/import/testing/printable.ts';
import { readDocument } from './readDocument.ts';

const folder = mkdtempSync(join(tmpdir(), 'nianbao-lo-docx-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

function convertToDocx(files: readonly string[]): void {
  execFileSync('soffice', [
    // A profile of its own, so a LibreOffice another process runs does not take the conversion.
    `-env:UserInstallation=file://${join(folder, 'profile')}`,
    '--headless',
    '--convert-to',
    'docx:MS Word 2007 XML',
    '--outdir',
    folder,
    ...files,
  ]);
}

describe('our print converted to .docx by LibreOffice', { timeout: 300_000 }, () => {
  it('reads back to the same cells, declared totals and layout', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(printableReports, { minLength: 3, maxLength: 3 }),
        async (reports) => {
          const pages = reports.map((report, i) => {
            const page = join(folder, `report-${i}.html`);
            writeFileSync(page, renderReportHtml(report, { flavour: 'clean' }));
            return page;
          });
          convertToDocx(pages);
          for (const [i, report] of reports.entries()) {
            const bytes = new Uint8Array(readFileSync(join(folder, `report-${i}.docx`)));
            const source = await readDocument(`report-${i}.docx`, bytes, nodeReaders);
            if (!source.ok) throw new Error(source.message);
            const outcome = importReportHtml(source.content);
            if (!outcome.ok) throw new Error(outcome.message);
            const { cells, declared, table3Layout } = outcome.report;
            expect({ cells, declared, table3Layout }).toEqual({
              cells: report.cells,
              declared: report.declared,
              table3Layout: report.table3Layout,
            });
          }
        },
      ),
      // Each run starts LibreOffice; the failing reports are reported as found.
      { numRuns: 1, endOnFailure: true },
    );
  });
});
