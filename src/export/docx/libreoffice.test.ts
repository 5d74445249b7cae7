// The Word document as an office suite lays it out: LibreOffice (installed here, as Word is not)
// converts it to PDF, and pdftotext reads each page. A4 pages, 「— n —」 on every page, and every
// label and figure of the printed report's tables in the text.

import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleReport } from '../../sample/mudanjiang2024.ts';
import { buildReportBody } from '../html/body.ts';
import { elementText } from '../tableGrid.ts';
import { renderReportDocx } from './document.ts';

const folder = mkdtempSync(join(tmpdir(), 'nianbao-docx-'));
const compact = (text: string) => text.replace(/\s+/gu, '');
/** Each page's text in reading order (-raw: a table cell by cell, row by row), and in layout. */
let rawPages: string[] = [];
let pages: string[] = [];
let pageSize = '';

/** LibreOffice, which a machine without it gets with apt-get install -y libreoffice-writer-nogui. */
function soffice(args: readonly string[]): void {
  try {
    execFileSync('soffice', args);
  } catch (error) {
    if (error instanceof Error && 'code' in error && error.code === 'ENOENT') {
      throw new Error('soffice is missing: apt-get install -y libreoffice-writer-nogui', {
        cause: error,
      });
    }
    throw error;
  }
}

beforeAll(async () => {
  const docx = join(folder, 'report.docx');
  writeFileSync(docx, await renderReportDocx(sampleReport, { flavour: 'clean', signature: true }));
  // A profile of its own, so a LibreOffice another process runs does not take the conversion.
  soffice([
    `-env:UserInstallation=file://${join(folder, 'profile')}`,
    '--headless',
    '--convert-to',
    'pdf',
    '--outdir',
    folder,
    docx,
  ]);
  const pdf = join(folder, 'report.pdf');
  pageSize = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
  const pagesOf = (mode: string) =>
    execFileSync('pdftotext', [mode, pdf, '-'], { encoding: 'utf8' })
      .split('\f')
      .filter((page) => page.trim() !== '');
  pages = pagesOf('-layout');
  rawPages = pagesOf('-raw');
  expect(readFileSync(pdf).byteLength).toBeGreaterThan(0);
}, 120_000);

afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('the Word document in LibreOffice', () => {
  it('is on A4', () => {
    expect(pageSize).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/u);
  });

  it('numbers every page 「— n —」 at its foot', () => {
    expect(pages.length).toBeGreaterThan(2);
    pages.forEach((page, i) => {
      const lastLine = page.trim().split('\n').at(-1) ?? '';
      expect(compact(lastLine)).toBe(`—${i + 1}—`);
    });
  });

  it('says what the print says, every label and figure, in the same order', () => {
    const withoutPageNumbers = rawPages.map((page, i) => compact(page).replace(`—${i + 1}—`, ''));
    const options = { flavour: 'clean', signature: true } as const;
    expect(withoutPageNumbers.join('')).toBe(
      compact(elementText(buildReportBody(sampleReport, options))),
    );
  });
});
