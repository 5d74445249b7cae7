// Writes the fixtures of src/model/import/pdfText.test.ts: the sample report and two generated
// ones printed to PDF by Chromium and copied out with pdftotext, both ways, with the tables each
// generated report holds. Usage: npx tsx scripts/pdfTextFixtures.ts
// The sample's text is src/model/import/fixtures/mudanjiang-edz-2024.txt, imported then printed.

import { readFile, mkdir, writeFile } from 'node:fs/promises';
import fc from 'fast-check';
import { renderReportHtml } from '../src/export/html/document.ts';
import { importReportText } from '../src/model/import/importReport.ts';
import { printableReports } from '../src/model/import/testing/printable.ts';
import type { Report } from '../src/model/report.ts';
import { openPdfTextPrinter } from './pdfText.ts';

const folder = new URL('../src/model/import/fixtures/', import.meta.url);
const out = new URL('pdf/', folder);
await mkdir(out, { recursive: true });

const sample = importReportText(await readFile(new URL('mudanjiang-edz-2024.txt', folder), 'utf8'));
if (!sample.ok) throw new Error(sample.message);
const reports: [string, Report][] = [
  ['mudanjiang-edz-2024', sample.report],
  ...fc
    .sample(printableReports, { seed: 11, numRuns: 2 })
    .map((report, i): [string, Report] => [`report-${i + 1}`, report]),
];

const printer = await openPdfTextPrinter();
try {
  for (const [name, report] of reports) {
    const copy = await printer.print(renderReportHtml(report, { flavour: 'clean' }));
    await writeFile(new URL(`${name}.raw.txt`, out), copy.raw);
    await writeFile(new URL(`${name}.layout.txt`, out), copy.layout);
    if (name.startsWith('report-')) {
      const { cells, declared, table3Layout } = report;
      const tables = { cells, declared, table3Layout };
      await writeFile(new URL(`${name}.json`, out), `${JSON.stringify(tables, null, 2)}\n`);
    }
  }
} finally {
  await printer.close();
}
