// 批量审核 in the app: 300 report files given to 选择文件…, from the file input's change event until
// the first row is in the table and until the summary counts all 300, and the longest task the
// page's thread ran in between (PerformanceObserver 'longtask', every task over 50 ms; the task in
// which Playwright hands the files over starts before the change event and is left out). Each run
// is a new browser context: the worker and its code load as they would for a user.

import type { Page } from '@playwright/test';
import fc from 'fast-check';
import { serializeReport } from '../src/export/json.ts';
import type { Report } from '../src/model/report.ts';
import { reportArbitrary } from '../src/testing/arbitraries.ts';
import {
  launchChromium,
  spread,
  throttle,
  watchAfterFileChange,
  type Spread,
} from './benchBrowser.ts';

declare global {
  interface Window {
    __firstRowAt?: number;
    __doneAt?: number;
  }
}

export interface AppBatchFigures {
  readonly firstRow: Spread;
  readonly done: Spread;
  /** The longest task of each run. */
  readonly longestTask: Spread & { readonly max: number };
}

const places = ['东城', '西城', '南关', '北山', '河口', '新华', '长安', '青松', '白云', '红旗'];
const bodies = ['街道办事处', '镇人民政府', '乡人民政府', '教育局', '财政局', '卫生健康委员会'];

/**
 * Names as a county's agencies have them. The generator's names are any Unicode text, and a table
 * of 300 names in rare scripts spends its time finding fonts, which no office batch does.
 */
function withRealisticName(report: Report, i: number): Report {
  const name = `${places[i % places.length]}${bodies[Math.floor(i / places.length) % bodies.length]}`;
  return { ...report, header: { ...report.header, agencyName: `${name}${i >= 60 ? i : ''}` } };
}

/** Page script: when the first row is drawn and when all `expected` are counted. */
function watchRows(expected: number) {
  new MutationObserver(() => {
    if (window.__changedAt === undefined) return;
    window.__firstRowAt ??= document.querySelector('.batch-table tbody tr')
      ? performance.now()
      : undefined;
    const summary = document.querySelector('.batch-summary')?.textContent ?? '';
    if (
      summary.includes(`共读入 ${expected} 份报告`) &&
      !document.querySelector('.batch-progress')
    ) {
      window.__doneAt ??= performance.now();
    }
  }).observe(document, { childList: true, subtree: true, characterData: true });
}

async function batchOnce(url: string, cpuRate: number, files: readonly string[]) {
  const browser = await launchChromium();
  try {
    const page: Page = await browser.newPage();
    await page.addInitScript(watchAfterFileChange);
    await page.addInitScript(watchRows, files.length);
    await page.goto(`${url}#/batch`);
    await page.getByLabel('选择要批量审核的文件').waitFor({ state: 'attached' });
    await throttle(page, cpuRate);
    await page.getByLabel('选择要批量审核的文件').setInputFiles(
      files.map((text, i) => ({
        name: `${String(i).padStart(3, '0')}.json`,
        mimeType: 'application/json',
        buffer: Buffer.from(text),
      })),
    );
    await page.waitForFunction(() => window.__doneAt !== undefined, undefined, {
      timeout: 120_000,
    });
    return await page.evaluate(() => ({
      firstRow: (window.__firstRowAt ?? NaN) - (window.__changedAt ?? NaN),
      done: (window.__doneAt ?? NaN) - (window.__changedAt ?? NaN),
      longest: window.__longestTask ?? NaN,
    }));
  } finally {
    await browser.close();
  }
}

export async function benchAppBatch(
  url: string,
  cpuRate: number,
  runs: number,
  count = 300,
): Promise<AppBatchFigures> {
  const files = fc
    .sample(reportArbitrary({ complete: true }), count)
    .map((report, i) => serializeReport(withRealisticName(report, i)));
  const results = [];
  for (let run = 0; run < runs; run++) results.push(await batchOnce(url, cpuRate, files));
  return {
    firstRow: spread(results.map((r) => r.firstRow)),
    done: spread(results.map((r) => r.done)),
    longestTask: {
      ...spread(results.map((r) => r.longest)),
      max: Math.max(...results.map((r) => r.longest)),
    },
  };
}
