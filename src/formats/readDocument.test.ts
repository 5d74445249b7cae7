import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { nodeReaders } from '../cli/pdfSetup.ts';
import { renderReportHtml } from '../export/html/document.ts';
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

/** GB2312's two-byte codes by character, found by decoding every code: no encoder is built in. */
const gbCodes = (() => {
  const codes = new Map<string, readonly number[]>();
  const decoder = new TextDecoder('gb18030');
  for (let lead = 0xa1; lead <= 0xf7; lead++) {
    for (let trail = 0xa1; trail <= 0xfe; trail++) {
      const char = decoder.decode(new Uint8Array([lead, trail]));
      if (char.length === 1 && char !== '\ufffd' && !codes.has(char))
        codes.set(char, [lead, trail]);
    }
  }
  return codes;
})();

/** Text in GB2312, as Word saves a Chinese page; what it lacks as an HTML character reference. */
function gb2312(text: string): number[] {
  return [...text].flatMap((char) => {
    const code = char.codePointAt(0) ?? 0;
    if (code < 0x80) return [code];
    return gbCodes.get(char) ?? [...new TextEncoder().encode(`&#${code};`)];
  });
}

function quotedPrintable(bytes: readonly number[]): string {
  const lines = Array.from(bytes, (byte) => String.fromCharCode(byte))
    .join('')
    .split('\n');
  return lines
    .map((line) => {
      const encoded = [...line]
        .map((char) => {
          const code = char.charCodeAt(0);
          return code >= 33 && code <= 126 && char !== '='
            ? char
            : `=${code.toString(16).toUpperCase().padStart(2, '0')}`;
        })
        .join('');
      return encoded.match(/.{1,72}(?:=[0-9A-F]{2})?/gu)?.join('=\r\n') ?? '';
    })
    .join('\r\n');
}

/** A report's page saved as one file, laid out as Word writes it: the page, then a picture. */
function singleFilePage(html: string, encoding: 'quoted-printable' | 'base64'): Uint8Array {
  const boundary = '----=_NextPart_01DB4F2A.5C3E9A10';
  const body =
    encoding === 'base64'
      ? (
          Buffer.from(html, 'utf8')
            .toString('base64')
            .match(/.{1,76}/gu) ?? []
        ).join('\r\n')
      : quotedPrintable(gb2312(html));
  const charset = encoding === 'base64' ? 'utf-8' : 'gb2312';
  const message = [
    'MIME-Version: 1.0',
    `Content-Type: multipart/related; boundary="${boundary}"`,
    '',
    'This document is a Single File Web Page, also known as a Web Archive file.',
    '',
    `--${boundary}`,
    'Content-Location: file:///C:/D2A8B0A0/report.htm',
    `Content-Transfer-Encoding: ${encoding}`,
    `Content-Type: text/html; charset="${charset}"`,
    '',
    body,
    '',
    `--${boundary}`,
    'Content-Location: file:///C:/D2A8B0A0/report.files/image001.png',
    'Content-Transfer-Encoding: base64',
    'Content-Type: image/png',
    '',
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
    '',
    `--${boundary}--`,
    '',
  ].join('\r\n');
  return Uint8Array.from(message, (char) => char.charCodeAt(0));
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

  it.each([
    ['quoted-printable', 'gb2312', '牡丹江.doc'],
    ['base64', 'utf-8', '牡丹江.mht'],
  ] as const)(
    'reads every cell of the example saved as a single-file web page (%s, %s) named %s',
    async (encoding, _charset, name) => {
      const page = singleFilePage(renderReportHtml(original, { flavour: 'clean' }), encoding);
      const source = await readDocument(name, page, nodeReaders);
      expect(source.ok && source.kind).toBe('html');
      expectSameReport(importSource(source));
    },
  );

  it('says why a single-file web page without a page in it cannot be read', async () => {
    const empty = new TextEncoder().encode(
      'MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="b"\r\n\r\n--b--\r\n',
    );
    const source = await readDocument('空.doc', empty, nodeReaders);
    expect(!source.ok && source.message).toContain('单个文件网页');
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
