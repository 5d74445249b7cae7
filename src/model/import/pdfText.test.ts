import { readFile } from 'node:fs/promises';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPdfTextPrinter, type PdfTextPrinter } from '../../../scripts/pdfText.ts';
import { nodeReaders } from '../../cli/pdfSetup.ts';
import { renderReportHtml } from '../../export/html/document.ts';
import { declareComputedTotals } from '../../testing/arbitraries.ts';
import type { Report } from '../report.ts';
import { sampleReport } from '../../sample/mudanjiang2024.ts';
import { readDocument } from '../../formats/readDocument.ts';
import { importReportHtml, importReportText } from './importReport.ts';
import type { ImportOutcome } from './result.ts';
import { printableReports } from './testing/printable.ts';

const fixture = (name: string) => readFile(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

/** What the tables hold: cells, printed totals and the layout of table 三. */
function tables(outcome: ImportOutcome) {
  if (!outcome.ok) throw new Error(outcome.message);
  const { cells, declared, table3Layout } = outcome.report;
  return { cells, declared, table3Layout };
}

const tableFindings = (outcome: ImportOutcome) =>
  outcome.ok ? outcome.findings.filter((finding) => finding.section !== 'header') : [];

describe('text copied out of a printed PDF', () => {
  const sample = 'mudanjiang-edz-2024';

  it.each(['raw', 'layout'])(
    'reads the sample’s tables from its %s copy as from its text',
    async (mode) => {
      const imported = importReportText(await fixture(`${sample}.txt`));
      if (!imported.ok) throw new Error(imported.message);
      const copied = importReportText(await fixture(`pdf/${sample}.${mode}.txt`));
      // Our print shows every total as computed, where the original printed one wrong or none.
      const printed = { ...imported, report: declareComputedTotals(imported.report) };
      expect(tables(copied)).toEqual(tables(printed));
      // No line with figures is left out (header words may be: info only), and no label of our
      // own print is taken for a misspelt one, though the copy runs group labels into row labels.
      const warnings = tableFindings(copied).filter((finding) => finding.severity !== 'info');
      expect(warnings).toEqual([]);
    },
  );

  it.each(['report-1', 'report-2'])(
    'reads a generated report’s tables (%s) from both copies of its PDF',
    async (name) => {
      const expected: unknown = JSON.parse(await fixture(`pdf/${name}.json`));
      for (const mode of ['raw', 'layout']) {
        const copied = importReportText(await fixture(`pdf/${name}.${mode}.txt`));
        expect(tables(copied)).toEqual(expected);
      }
    },
  );

  it('says so when a cell-per-line copy of table 三 has a figure too few', async () => {
    const text = await fixture(`pdf/${sample}.raw.txt`);
    // Line 「0 0 0 0 0 0」 of 3.危及“三安全一稳定” loses a figure.
    const damaged = text.replace(
      '3.危及“三安全一稳定”\n0 0 0 0 0 0',
      '3.危及“三安全一稳定”\n0 0 0 0 0',
    );
    const outcome = importReportText(damaged);
    const unsure = tableFindings(outcome).filter(
      (finding) => finding.rule === 'I-MISSING' && finding.message.includes('每格一行'),
    );
    expect(unsure).toHaveLength(1);
    expect(unsure[0]?.message).toContain('确定每个数属于哪一格');
  });
});

// Each run prints a report to PDF in one shared Chromium (seconds each on a loaded machine).
describe('random reports printed to PDF and copied as text', { timeout: 300_000 }, () => {
  let printer: PdfTextPrinter;
  beforeAll(async () => {
    printer = await openPdfTextPrinter();
  }, 60_000);
  afterAll(() => printer.close());

  it('import to the same cells, declared totals and layout from the PDF and both copies', async () => {
    await fc.assert(
      fc.asyncProperty(printableReports, async (report: Report) => {
        const copy = await printer.print(renderReportHtml(report, { flavour: 'clean' }));
        const expected = {
          cells: report.cells,
          declared: report.declared,
          table3Layout: report.table3Layout,
        };
        expect(tables(importReportText(copy.layout))).toEqual(expected);
        // The PDF itself, read by pdf.js as `nianbao import x.pdf` and 打开文件 read it.
        const source = await readDocument('report.pdf', copy.pdf, nodeReaders);
        if (!source.ok) throw new Error(source.message);
        const read =
          source.kind === 'html'
            ? importReportHtml(source.content)
            : importReportText(source.content);
        expect(tables(read)).toEqual(expected);
        // The viewer's copy loses the rows; when its figures cannot be placed for certain, table
        // 三 is left to the row reader with a warning. (That reader can still misplace a row of
        // such a copy: 2021 （六） figures as the 2019 single row. Not yet asserted here.)
        const raw = importReportText(copy.raw);
        const unsure = tableFindings(raw).some(
          (finding) => finding.rule === 'I-MISSING' && finding.message.includes('每格一行'),
        );
        if (!unsure) expect(tables(raw)).toEqual(expected);
      }),
      // Shrinking would print dozens more reports; the failing one is reported as found.
      { numRuns: 3, endOnFailure: true },
    );
  });

  it('reads a table 三 column left blank all the way down as blank, the others in their places', async () => {
    // 法律服务机构 never filled in: no figure on the page says where its column stands.
    const cells = Object.fromEntries(
      Object.entries(sampleReport.cells).filter(([address]) => !address.endsWith('.legalService')),
    );
    const report = declareComputedTotals({ ...sampleReport, cells });
    const copy = await printer.print(renderReportHtml(report, { flavour: 'clean' }));
    const source = await readDocument('report.pdf', copy.pdf, nodeReaders);
    if (!source.ok) throw new Error(source.message);
    const read = tables(importReportText(source.content));
    expect(read.cells).toEqual(report.cells);
  });
});
