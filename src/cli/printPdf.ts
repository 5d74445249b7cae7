// HTML → PDF through the Chromium the e2e tests use: the page's own @page rules decide paper size,
// margins and page numbers, so the PDF is the HTML as printed.

import { spawnSync } from 'node:child_process';
import type { Failure } from './failure.ts';

export type PrintOutcome =
  | { readonly ok: true; readonly pdf: Buffer; readonly warnings: readonly string[] }
  | { readonly ok: false; readonly failure: Failure };

const launchTimeout = 60_000;

/**
 * Chromium prints 汉字 it has no font for as empty boxes, without an error. fontconfig can tell
 * us beforehand; where there is no fc-list (not Linux) we cannot tell, and say nothing.
 */
function lacksChineseFont(): boolean {
  const result = spawnSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' });
  return result.status === 0 && result.stdout.trim() === '';
}

const missingChromium: Failure = {
  summary: '未找到 Chromium 浏览器，无法生成 PDF',
  details: [
    '请先安装：apt-get install -y chromium（在本项目目录下也可以运行 node scripts/ensure-chromium.mjs）',
    '或用环境变量 NIANBAO_CHROMIUM 指定浏览器程序的路径',
    '只需要 HTML 时，去掉 --pdf 即可',
  ],
};

export interface PrintOptions {
  /** Where Chromium is; by default the same search as the e2e tests (chromiumPath.mjs). */
  readonly locateChromium?: () => { readonly path: string } | undefined;
}

export async function printHtmlToPdf(
  html: string,
  options: PrintOptions = {},
): Promise<PrintOutcome> {
  // Loaded only when a PDF is asked for: Playwright is large and `check` never needs it.
  const { chromiumLaunchArgs, findChromium } = await import('./chromiumPath.mjs');
  const found = (options.locateChromium ?? findChromium)();
  if (!found) return { ok: false, failure: missingChromium };

  const warnings = lacksChineseFont()
    ? [
        '未找到中文字体，PDF 中的汉字会显示为方框。请安装字体，例如：apt-get install -y fonts-noto-cjk',
      ]
    : [];
  const { chromium } = await import('@playwright/test');
  let browser;
  try {
    browser = await chromium.launch({
      executablePath: found.path,
      args: [...chromiumLaunchArgs],
      timeout: launchTimeout,
    });
  } catch (error) {
    return {
      ok: false,
      failure: {
        summary: `无法启动 Chromium（${found.path}），未能生成 PDF`,
        details: [firstLine(error)],
      },
    };
  }
  try {
    const page = await browser.newPage();
    await page.setContent(html, { waitUntil: 'load' });
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    return { ok: true, pdf, warnings };
  } catch (error) {
    return {
      ok: false,
      failure: { summary: 'Chromium 未能生成 PDF', details: [firstLine(error)] },
    };
  } finally {
    await browser.close();
  }
}

/** Playwright's messages carry a call log after the first line; the first says what failed. */
function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0] ?? message;
}
