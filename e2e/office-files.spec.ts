// Word and Excel out of the app, as a user downloads them: 导出 Word in 打印预览 and 导出 Excel in
// the library's row; the Word file checked as an office suite shows it (LibreOffice → PDF →
// pdftotext), the workbook's cells read with read-excel-file, and the workbook imported again.

import { readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import readXlsxFile from 'read-excel-file/node';
import { expect, test } from './fixtures.ts';
import { EditorPage } from './pages/editor.ts';
import { LibraryPage } from './pages/library.ts';
import { pdfPages, run } from './pages/pdf.ts';

const title = '牡丹江经济技术开发区管理委员会2024年政府信息公开工作年度报告';

/** LibreOffice's PDF of a .docx, page by page; a profile of its own so no other instance interferes. */
async function docxPages(path: string, folder: string): Promise<string[]> {
  await run('soffice', [
    `-env:UserInstallation=file://${folder}/lo-profile`,
    '--headless',
    '--convert-to',
    'pdf',
    '--outdir',
    folder,
    path,
  ]);
  return pdfPages(path.replace(/\.docx$/u, '.pdf'));
}

test('导出 Word in 打印预览 downloads the printed report as a Word document', async ({
  page,
}, testInfo) => {
  // LibreOffice's start and conversion, measured at 6 s on a busy machine, on top of the build.
  test.setTimeout(90_000);
  await new EditorPage(page).open();
  await page.getByRole('button', { name: '打印预览' }).click();
  const preview = page.getByRole('dialog', { name: '打印预览' });
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    preview.getByRole('button', { name: '导出 Word' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(`${title}.docx`);
  const path = testInfo.outputPath('report.docx');
  await download.saveAs(path);

  const pages = await docxPages(path, dirname(path));
  const text = pages.join('\n');
  // pdftotext spaces digits from 汉字: 2025 年 1 月.
  const words = text.replace(/\s+/gu, '');
  expect(words).toContain(title);
  expect(words).toContain('发布日期：2025年1月10日');
  expect(text).toMatch(/（七）总计\s+2\s+0\s+0\s+0\s+0\s+0\s+2/u);
  expect(text).toMatch(/行政复议/u);
  pages.forEach((pageText, i) => {
    expect(pageText.trimEnd().split('\n').at(-1)).toMatch(
      new RegExp(`^\\s*—\\s*${i + 1}\\s*—\\s*$`, 'u'),
    );
  });
});

test('导出 Excel in the library downloads the tables, and 导入 reads the workbook back', async ({
  page,
}, testInfo) => {
  const library = new LibraryPage(page);
  await library.open();
  await library.createFromSample();
  await library.backFromEditor();

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    library.row('牡丹江').getByRole('button', { name: '导出 Excel' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(`${title}（表格）.xlsx`);
  const path = testInfo.outputPath('tables.xlsx');
  await download.saveAs(path);

  const sheets = await readXlsxFile(path);
  expect(sheets.map((sheet) => sheet.sheet)).toEqual(['表二', '表三', '表四', '检查结果']);
  const table3 = sheets[1]?.data ?? [];
  const resultTotal = table3.find((row) => row[1] === '（七）总计');
  expect(resultTotal?.slice(3)).toEqual([2, 0, 0, 0, 0, 0, 2]);
  const findings = sheets[3]?.data ?? [];
  expect(findings[1]?.slice(1, 4)).toEqual(['R3-RESULT', '表三（七）总计', '错误']);

  await page.getByLabel('选择要导入的 JSON 文件').setInputFiles({
    name: 'tables.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: await readFile(path),
  });
  await library
    .dialog('报告库中已有同一机关同一年度的报告')
    .getByRole('button', { name: '保留两份' })
    .click();
  await expect(page.getByRole('status').filter({ hasText: `已导入：${title}` })).toBeVisible();
  await expect(library.row('牡丹江')).toHaveCount(2);
});
