// The page printed to PDF and read back page by page, as a person checking a print would.

import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { expect, type Page } from '@playwright/test';

export const run = promisify(execFile);

/** Each page's text, as poppler reads the PDF back (scripts/ensure-print-tools.mjs installs it). */
export async function pdfPages(path: string): Promise<string[]> {
  const info = (await run('pdfinfo', [path])).stdout;
  const count = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
  expect(info).toMatch(/^Page size:.*\(A4\)$/m);
  return Promise.all(
    Array.from(
      { length: count },
      async (_, i) =>
        (await run('pdftotext', ['-layout', '-f', `${i + 1}`, '-l', `${i + 1}`, path, '-'])).stdout,
    ),
  );
}

/** Prints as Ctrl+P does: the browser announces the print (beforeprint), then lays out pages. */
export async function printToPdf(page: Page, path: string): Promise<string[]> {
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await writeFile(path, await page.pdf({ preferCSSPageSize: true }));
  return pdfPages(path);
}
