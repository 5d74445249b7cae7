// Printed reports as PDF and as text copied out of it, for the importer's tests and fixtures: HTML →
// Chromium PDF (as `nianbao export --pdf` prints it) → poppler's pdftotext, as a PDF viewer's copy
// gives it (each cell on a line of its own) and with -layout (rows kept on their lines). One
// browser serves every report: starting Chromium is the slow part.

import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { chromium, type Browser } from '@playwright/test';
import { chromiumLaunchArgs, findChromium } from '../src/cli/chromiumPath.mjs';

const run = promisify(execFile);

export interface PdfText {
  /** The PDF itself, as `nianbao export --pdf` writes it. */
  readonly pdf: Uint8Array;
  /** pdftotext without -layout: what a PDF viewer's copy gives. */
  readonly raw: string;
  readonly layout: string;
}

export interface PdfTextPrinter {
  readonly print: (html: string) => Promise<PdfText>;
  readonly close: () => Promise<void>;
}

export async function openPdfTextPrinter(): Promise<PdfTextPrinter> {
  const found = findChromium();
  if (!found) throw new Error('Chromium not found: run node scripts/ensure-chromium.mjs');
  const browser: Browser = await chromium.launch({
    executablePath: found.path,
    args: [...chromiumLaunchArgs],
  });
  const folder = await mkdtemp(join(tmpdir(), 'nianbao-pdf-text-'));
  const page = await browser.newPage();
  let count = 0;
  const print = async (html: string): Promise<PdfText> => {
    await page.setContent(html, { waitUntil: 'load' });
    const pdf = join(folder, `report-${count++}.pdf`);
    const bytes = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    await writeFile(pdf, bytes);
    const text = async (...args: string[]) =>
      (await run('pdftotext', [...args, '-enc', 'UTF-8', pdf, '-'])).stdout;
    return { pdf: new Uint8Array(bytes), raw: await text(), layout: await text('-layout') };
  };
  const close = async () => {
    await browser.close();
    await rm(folder, { recursive: true, force: true });
  };
  return { print, close };
}
