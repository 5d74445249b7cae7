import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { nodeReaders } from '../cli/pdfSetup.ts';
import { importReportHtml, importReportText } from '../model/import/importReport.ts';
import type { Report } from '../model/report.ts';
import { computeTotals } from '../model/totals.ts';
import { oldWordMessage } from './documentKind.ts';
import { readDocument, type DocumentSource } from './readDocument.ts';
import { scannedPdfMessage } from './readPdf.ts';

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(name, import.meta.url)));
const example = readFileSync(
  new URL('../model/import/fixtures/mudanjiang-edz-2024.txt', import.meta.url),
  'utf8',
);

function importSource(source: DocumentSource): Report {
  if (!source.ok) throw new Error(source.message);
  const outcome =
    source.kind === 'html' ? importReportHtml(source.content) : importReportText(source.content);
  if (!outcome.ok) throw new Error(outcome.message);
  return outcome.report;
}

/** The shared example as imported from its text: what its PDF and Word prints must give back. */
const original = (() => {
  const outcome = importReportText(example);
  if (!outcome.ok) throw new Error(outcome.message);
  return outcome.report;
})();

/** Our print shows computed totals: those are what an import of it declares. */
function expectSameReport(report: Report) {
  expect(report.header).toEqual(original.header);
  expect(report.table3Layout).toBe(original.table3Layout);
  expect(report.cells).toEqual(original.cells);
  const totals = computeTotals(original);
  expect(Object.keys(report.declared).length).toBeGreaterThan(30);
  for (const [address, value] of Object.entries(report.declared)) {
    expect([address, value]).toEqual([address, totals.cells.get(address as never)]);
  }
}

/** A one-page PDF with nothing but a drawn rectangle on it, as a scanner's image would be. */
function pdfWithoutText(): Uint8Array {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>',
    '<< /Length 22 >>\nstream\n10 10 100 100 re f\nendstream',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  body += offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('');
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(body);
}

describe('reading published reports from PDF and Word files', { timeout: 60_000 }, () => {
  it('reads every cell and printed total of the example printed to PDF by Chromium', async () => {
    const pages: number[] = [];
    const source = await readDocument(
      '牡丹江.pdf',
      fixture('fixtures/mudanjiang-2024.pdf'),
      nodeReaders,
      (done) => pages.push(done),
    );
    expectSameReport(importSource(source));
    expect(pages).toEqual([1, 2, 3, 4, 5]);
  });

  it('reads every cell and printed total of the example saved as .docx by LibreOffice', async () => {
    const source = await readDocument(
      '牡丹江.docx',
      fixture('fixtures/mudanjiang-2024.docx'),
      nodeReaders,
    );
    expect(source.ok && source.kind).toBe('html');
    expectSameReport(importSource(source));
  });

  it('says a PDF without a text layer is probably scanned, instead of importing nothing', async () => {
    expect(await readDocument('扫描件.pdf', pdfWithoutText(), nodeReaders)).toEqual({
      ok: false,
      message: scannedPdfMessage,
    });
  });

  it.each([
    [
      'a damaged PDF',
      '坏.pdf',
      new TextEncoder().encode('%PDF-1.4\nnot really'),
      '文件不是有效的 PDF',
    ],
    [
      'a file named .pdf that is not one',
      '假.pdf',
      new TextEncoder().encode('hello'),
      '文件不是有效的 PDF',
    ],
    [
      'an old binary .doc',
      '旧.doc',
      new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0]),
      oldWordMessage,
    ],
    [
      'a damaged .docx',
      '坏.docx',
      new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]),
      '另存为 .docx',
    ],
  ])('explains in Chinese why %s cannot be read', async (_, name, bytes, message) => {
    const source = await readDocument(name, bytes, nodeReaders);
    expect(source.ok).toBe(false);
    expect(!source.ok && source.message).toContain(message);
  });
});
