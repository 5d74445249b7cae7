// 导入已发布年报 in the app: from the file input's change event until the dialog says what it
// recognised, and the longest task the page's thread ran in between (PerformanceObserver
// 'longtask': every task over 50 ms). Both are taken in the page: the task in which Playwright
// itself hands the file over (decoding it from base64) is not the app's and is left out. The PDF
// is benchPdf.ts's six pages; the text is the published sample.

import type { Page } from '@playwright/test';
import {
  launchChromium,
  spread,
  throttle,
  watchAfterFileChange,
  type Spread,
} from './benchBrowser.ts';

declare global {
  interface Window {
    __recognisedAt?: number;
  }
}

export interface AppImportFile {
  readonly name: string;
  readonly mimeType: string;
  readonly bytes: Uint8Array;
}

async function importOnce(page: Page, file: AppImportFile) {
  await page.getByRole('button', { name: '导入已发布年报' }).click();
  const dialog = page.getByRole('dialog', { name: '导入已发布年报' });
  await page.evaluate(() => {
    window.__changedAt = undefined;
    window.__recognisedAt = undefined;
    window.__longestTask = 0;
  });
  await dialog.getByLabel('选择已发布年报的文件').setInputFiles({
    name: file.name,
    mimeType: file.mimeType,
    buffer: Buffer.from(file.bytes),
  });
  await page.waitForFunction(() => window.__recognisedAt !== undefined, undefined, {
    timeout: 120_000,
  });
  const result = await page.evaluate(() => ({
    time: (window.__recognisedAt ?? NaN) - (window.__changedAt ?? NaN),
    longest: window.__longestTask ?? NaN,
  }));
  await dialog.getByRole('button', { name: '取消', exact: true }).click();
  return result;
}

export async function benchAppImport(
  url: string,
  cpuRate: number,
  runs: number,
  file: AppImportFile,
): Promise<{ readonly time: Spread; readonly longestTask: number }> {
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    await page.addInitScript(watchAfterFileChange);
    // (No named helper in here: tsx would wrap it in a __name() call the page does not have.)
    await page.addInitScript(() => {
      new MutationObserver(() => {
        if (window.__changedAt === undefined || window.__recognisedAt !== undefined) return;
        if (document.querySelector('[aria-label="识别结果"] [role="status"]')) {
          window.__recognisedAt = performance.now();
        }
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto(url);
    await page.getByRole('button', { name: '导入已发布年报' }).waitFor();
    await throttle(page, cpuRate);
    // The first run loads the dialog's chunk, the workers and pdf.js: it counts, as for a user.
    const results = [];
    for (let run = 0; run < runs; run++) results.push(await importOnce(page, file));
    return {
      time: spread(results.map((result) => result.time)),
      longestTask: Math.max(...results.map((result) => result.longest)),
    };
  } finally {
    await browser.close();
  }
}
