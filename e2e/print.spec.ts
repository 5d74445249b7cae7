// Printing from the app: Ctrl+P prints the export renderer's report and nothing of the editor;
// the preview offers the reviewer's copy and a standalone HTML file.

import { readFile, writeFile } from 'node:fs/promises';
import { expect, test } from './fixtures.ts';
import { EditorPage } from './pages/editor.ts';
import { pdfPages, printToPdf, run } from './pages/pdf.ts';

test('Ctrl+P prints the report on A4 with page numbers and none of the editor', async ({
  page,
}, testInfo) => {
  await new EditorPage(page).open();
  const pages = await printToPdf(page, testInfo.outputPath('app.pdf'));
  const text = pages.join('\n');

  expect(text).toContain('牡丹江经济技术开发区管理委员会');
  expect(text).toContain('2024年政府信息公开工作年度报告');
  expect(text).toMatch(/（七）总计\s+2\s+0\s+0\s+0\s+0\s+0\s+2/);
  for (const chrome of ['检查结果', '撤销', '打印预览', '报告各部分'])
    expect(text).not.toContain(chrome);
  pages.forEach((pageText, i) => {
    expect(pageText.trimEnd().split('\n').at(-1)).toMatch(
      new RegExp(`^\\s*—\\s*${i + 1}\\s*—\\s*$`),
    );
  });

  // The same renderer as the command line: the app's print equals `nianbao export --pdf`.
  const report = testInfo.outputPath('sample.json');
  await writeFile(report, (await run('node', ['bin/nianbao.mjs', 'sample'])).stdout);
  const cliPdf = testInfo.outputPath('cli.pdf');
  await run('node', ['bin/nianbao.mjs', 'export', report, '--pdf', cliPdf, '--signature']);
  expect(await pdfPages(cliPdf)).toEqual(pages);
});

test('a print right after an edit prints the edit', async ({ page }, testInfo) => {
  const editor = new EditorPage(page);
  await editor.open();
  await editor.select('t4.review.upheld');
  await page.keyboard.type('7');
  await page.keyboard.press('Enter');
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  const text = (await printToPdf(page, testInfo.outputPath('edited.pdf'))).join('\n');
  expect(text).toMatch(/^\s*7 0 1 0 8 0 0 0 0 0 0 0 0 0 0\s*$/m);
});

test('Ctrl+P while a figure is still being typed prints that figure, and the cell keeps it', async ({
  page,
}, testInfo) => {
  const editor = new EditorPage(page);
  await editor.open();
  await editor.select('t4.review.upheld');
  await page.keyboard.type('7');
  // No Enter: the browser announces the print while the cell is in its edit.
  const text = (await printToPdf(page, testInfo.outputPath('typing.pdf'))).join('\n');
  expect(text).toMatch(/^\s*7 0 1 0 8 0 0 0 0 0 0 0 0 0 0\s*$/m);
  await editor.expectValue('t4.review.upheld', '7');
  await expect(editor.activeInput()).toBeFocused();
});

test('打印预览 shows the renderer’s report, the review copy, and saves a standalone HTML file', async ({
  page,
}) => {
  await new EditorPage(page).open();
  await page.getByRole('button', { name: '打印预览' }).click();
  const preview = page.getByRole('dialog', { name: '打印预览' });
  await expect(
    preview.getByRole('heading', { name: '三、收到和处理政府信息公开申请情况' }),
  ).toBeVisible();
  await expect(preview.getByText('审核意见')).toHaveCount(0);

  await preview.getByRole('radio', { name: /审核版/ }).check();
  await expect(preview.getByRole('heading', { name: '审核意见' })).toBeVisible();

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    preview.getByRole('button', { name: '下载 HTML' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(
    '牡丹江经济技术开发区管理委员会2024年政府信息公开工作年度报告（审核稿）.html',
  );
  const html = await readFile(await download.path(), 'utf8');
  expect(html).toContain(
    '<meta http-equiv="Content-Security-Policy" content="default-src \'none\';',
  );
  expect(html).not.toMatch(/<script/i);
  expect(html).toContain('审核意见');

  await preview.getByRole('button', { name: '关闭' }).click();
  await expect(preview).toHaveCount(0);
});

test('表三 starts on the page where 表二 ends, goes on under its repeated header, and imports back', async ({
  page,
}, testInfo) => {
  await new EditorPage(page).open();
  const path = testInfo.outputPath('report.pdf');
  const pages = await printToPdf(page, path);
  const start = pages.findIndex((text) => text.includes('二、上年结转政府信息公开申请数量'));
  // No half-empty page: table 三 begins below the last block of table 二, header and all.
  expect(pages[start]).toContain('第二十条第（八）项');
  expect(pages[start]).toContain('申请人情况');
  expect(pages[start]).toContain('一、本年新收政府信息公开申请数量');
  expect(pages[start + 1]).toContain('申请人情况');
  expect(pages[start + 1]).toMatch(/（一）予以公开\s+1 0 0 0 0 0\s+1/);

  // The printed report reads back as the report it was printed from, split table and all.
  const imported = testInfo.outputPath('imported.json');
  await run('node', ['bin/nianbao.mjs', 'import', path, '-o', imported]);
  const sample = JSON.parse((await run('node', ['bin/nianbao.mjs', 'sample'])).stdout);
  const back = JSON.parse(await readFile(imported, 'utf8'));
  expect(back.report.cells).toEqual(sample.report.cells);
  expect(back.report.table3Layout).toBe(sample.report.table3Layout);
});

test('the print copy is in the page only while the browser prints', async ({ page }) => {
  await new EditorPage(page).open();
  // The copy is for paper: hidden from the screen and from assistive technology, it has no role or
  // name to find it by, only its place in the page.
  const copy = page.locator('.print-root .nianbao-report');
  // Not even once the browser has been idle, as the copy kept up to date in the background was.
  await page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve)));
  await expect(copy).toHaveCount(0);
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await expect(copy).toContainText('2024年政府信息公开工作年度报告');
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await expect(copy).toHaveCount(0);
});
