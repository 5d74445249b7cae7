// 导入已发布年报: a published report's text, pasted or opened, read into the library and checked.

import { readFile } from 'node:fs/promises';
import { renderReportHtml } from '../src/export/html/document.ts';
import { sampleReport } from '../src/sample/mudanjiang2024.ts';
import type { Locator } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { EditorPage } from './pages/editor.ts';
import { LibraryPage } from './pages/library.ts';

const example = () =>
  readFile(
    new URL('../src/model/import/fixtures/mudanjiang-edz-2024.txt', import.meta.url),
    'utf8',
  );

/** The line that says what was recognised; it stays while a new run shows its own progress. */
const summaryOf = (dialog: Locator) =>
  dialog.getByRole('region', { name: '识别结果' }).getByRole('status');

test('pasted text of a published report is read, explained, saved and checked', async ({
  page,
}) => {
  const editor = new EditorPage(page);
  await page.goto('/');
  await page.getByRole('button', { name: '导入已发布年报' }).click();
  const dialog = page.getByRole('dialog', { name: '导入已发布年报' });
  await dialog.getByLabel('粘贴已发布年报的文字或网页').fill(await example());
  await dialog.getByRole('button', { name: '识别' }).click();

  await expect(summaryOf(dialog)).toHaveText(
    '识别为「牡丹江经济技术开发区管理委员会2024年政府信息公开工作年度报告」，2019 与 2021 年格式混用，读取表格数字 182 个，所有行均已识别。',
  );
  await expect(dialog.getByRole('list', { name: '识别时的说明' })).toContainText('本年废制件数');
  // The tables as read, beside the text they were read from.
  await expect(
    dialog.getByRole('region', { name: '识别出的报告' }).getByText('（七）总计'),
  ).toBeVisible();
  await expect(dialog.getByRole('list', { name: '原文' }).getByRole('listitem')).toHaveCount(
    (await example()).split('\n').length,
  );

  await dialog.getByRole('button', { name: '保存到报告库' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    '牡丹江经济技术开发区管理委员会2024年政府信息公开工作年度报告',
  );
  await editor.expectValue('t3.newReceived.natural', '2');
  await expect(editor.declared('t3.resultTotal.natural')).toHaveText('申报 1');
  await expect(
    editor.finding('表三·自然人列：（七）总计填报为 1，各项办理结果相加为 2'),
  ).toBeVisible();
});

test('an opened .txt file is read the same way; text with no year asks for it', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('button', { name: '导入已发布年报' }).click();
  const dialog = page.getByRole('dialog', { name: '导入已发布年报' });
  await dialog.getByLabel('选择已发布年报的文件').setInputFiles({
    name: 'report.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from(await example(), 'utf8'),
  });
  await expect(summaryOf(dialog)).toContainText('读取表格数字 182 个');

  // A note under table 四 is not one of its figures: the line is marked, the figures stay.
  const withNote = (await example()).replace(
    /^(0\t0\t1\t0\t1\t.*)$/m,
    '$1\n注：行政复议、行政诉讼数量含上年度结转数量。',
  );
  await dialog.getByLabel('粘贴已发布年报的文字或网页').fill(withNote);
  await dialog.getByRole('button', { name: '识别' }).click();
  await expect(summaryOf(dialog)).toContainText('读取表格数字 182 个，1 行未能识别');
  await expect(
    dialog
      .getByRole('list', { name: '原文' })
      .getByRole('listitem')
      .filter({ hasText: '未能识别' }),
  ).toHaveText(
    '注：行政复议、行政诉讼数量含上年度结转数量。（未能识别：表四下方的注释，不是表格数据）',
  );

  await dialog
    .getByLabel('粘贴已发布年报的文字或网页')
    .fill('一、总体情况\n\n本机关认真贯彻落实条例。');
  await dialog.getByRole('button', { name: '识别' }).click();
  await expect(dialog.getByRole('alert')).toBeVisible();
  await dialog.getByLabel('报告年度').fill('2024');
  await expect(summaryOf(dialog)).toContainText('2024年政府信息公开工作年度报告');
});

test('a copied web page is read from its HTML, merged cells and all', async ({ page }) => {
  const html = renderReportHtml(sampleReport, { flavour: 'clean' });
  await page.goto('/');
  await page.getByRole('button', { name: '导入已发布年报' }).click();
  const dialog = page.getByRole('dialog', { name: '导入已发布年报' });
  const box = dialog.getByLabel('粘贴已发布年报的文字或网页');
  // What a browser puts on the clipboard when a published page is copied: HTML and plain text.
  await box.evaluate((element, pasted) => {
    const data = new DataTransfer();
    data.setData('text/html', pasted);
    data.setData('text/plain', 'copied page');
    element.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
    );
  }, html);
  await expect(dialog.getByText('已读取网页格式（含表格结构）。')).toBeVisible();
  await dialog.getByRole('button', { name: '识别' }).click();
  await expect(summaryOf(dialog)).toContainText(
    '识别为「牡丹江经济技术开发区管理委员会2024年政府信息公开工作年度报告」',
  );
  await dialog.getByRole('button', { name: '保存到报告库' }).click();
  await new EditorPage(page).expectValue('t4.review.otherResult', '1');

  // The same agency and year again: asked, as a file import asks, before a second copy is kept.
  await page.getByRole('link', { name: '← 报告库' }).click();
  await page.getByRole('button', { name: '导入已发布年报' }).click();
  await box.evaluate((element, pasted) => {
    const data = new DataTransfer();
    data.setData('text/html', pasted);
    element.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
    );
  }, html);
  await dialog.getByRole('button', { name: '识别' }).click();
  await dialog.getByRole('button', { name: '保存到报告库' }).click();
  const question = page.getByRole('dialog', { name: '报告库中已有同一机关同一年度的报告' });
  await question.getByRole('button', { name: '保留两份' }).click();
  await new EditorPage(page).expectValue('t4.review.otherResult', '1');
  await page.getByRole('link', { name: '← 报告库' }).click();
  await expect(new LibraryPage(page).row()).toHaveCount(2);
});

test('a 100,000-line text is read off the page, with its progress and 取消识别; the last result stays', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('button', { name: '导入已发布年报' }).click();
  const dialog = page.getByRole('dialog', { name: '导入已发布年报' });
  await dialog.getByLabel('粘贴已发布年报的文字或网页').fill(await example());
  await dialog.getByRole('button', { name: '识别' }).click();
  const summary = summaryOf(dialog);
  await expect(summary).toContainText('读取表格数字 182 个，所有行均已识别');

  // Lines broken mid-sentence, which once made the importer rescan a growing paragraph.
  const filler = Array.from({ length: 100_000 }, (_, i) => `信息发布及时准确第${i}行abc`);
  const long = `${await example()}\n${filler.join('\n')}`;
  await dialog.getByLabel('选择已发布年报的文件').setInputFiles({
    name: 'long.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from(long, 'utf8'),
  });
  const progress = dialog.getByRole('progressbar', { name: '识别进度' });
  await expect(progress).toBeVisible();
  await expect(dialog.getByText(/^正在识别：.+（第 \d 步，共 5 步）…$/)).toBeVisible();
  // The page answers while the worker reads: 取消识别 takes effect at once.
  await dialog.getByRole('button', { name: '取消识别' }).click();
  await expect(progress).toHaveCount(0);
  await expect(dialog.getByText('已取消识别，下方仍是上一次的识别结果。')).toBeVisible();
  await expect(summary).toContainText('所有行均已识别');
  await expect(dialog.getByRole('list', { name: '原文' }).getByRole('listitem')).toHaveCount(
    (await example()).split('\n').length,
  );

  // Read to the end (a shorter text: the 100,000 lines' speed is the bench's), the report is
  // found, and the source is listed only as far as a page can. The last result stays on screen
  // meanwhile: wait for what only the new one says.
  const shorter = `${await example()}\n${filler.slice(0, 3000).join('\n')}`;
  await dialog.getByLabel('选择已发布年报的文件').setInputFiles({
    name: 'shorter.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from(shorter, 'utf8'),
  });
  await expect(
    dialog.getByText(`共 ${shorter.split('\n').length} 行原文，此处只列出前 1000 条。`),
  ).toBeVisible({ timeout: 60_000 });
  await expect(progress).toHaveCount(0);
  await expect(summary).toContainText(
    '识别为「牡丹江经济技术开发区管理委员会2024年政府信息公开工作年度报告」',
  );
  await expect(dialog.getByText('已取消识别')).toHaveCount(0);
  await expect(dialog.getByRole('list', { name: '原文' }).getByRole('listitem')).toHaveCount(1000);
});
