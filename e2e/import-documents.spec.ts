// 导入已发布年报 from the files reports are published as: a PDF (read by pdf.js in its worker,
// with the CMaps shipped in the build: the fixture fails the test on any request to another host),
// a Word .docx and a page saved as one file; an old .doc is refused with what to do instead.

import { readFile } from 'node:fs/promises';
import { renderReportHtml } from '../src/export/html/document.ts';
import { importReportText } from '../src/model/import/importReport.ts';
import { expect, test } from './fixtures.ts';
import { EditorPage } from './pages/editor.ts';

const fixture = (name: string) =>
  readFile(new URL(`../src/formats/fixtures/${name}`, import.meta.url));

const title = '牡丹江经济技术开发区管理委员会2024年政府信息公开工作年度报告';

// Reading the 5-page PDF took up to 8 s here with the other specs running beside it (2 cores).
const readingTimeout = 30_000;
test.describe.configure({ timeout: 60_000 });

for (const [kind, name, mimeType, file] of [
  ['pdf', 'mudanjiang-2024.pdf', 'application/pdf', 'mudanjiang-2024.pdf'],
  [
    'docx',
    'mudanjiang-2024.docx',
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    'mudanjiang-2024.docx',
  ],
  // A PDF a download or a colleague renamed: its bytes say what it is.
  ['a PDF named .txt', '年报.txt', 'text/plain', 'mudanjiang-2024.pdf'],
] as const) {
  test(`a published report opened as ${kind} is read, saved and checked`, async ({ page }) => {
    const editor = new EditorPage(page);
    await page.goto('/');
    await page.getByRole('button', { name: '导入已发布年报' }).click();
    const dialog = page.getByRole('dialog', { name: '导入已发布年报' });
    await dialog
      .getByLabel('选择已发布年报的文件')
      .setInputFiles({ name, mimeType, buffer: await fixture(file) });

    await expect(dialog.getByRole('status')).toContainText(`识别为「${title}」`, {
      timeout: readingTimeout,
    });
    await expect(dialog.getByRole('status')).toContainText('读取表格数字 186 个');
    await dialog.getByRole('button', { name: '保存到报告库' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    await editor.expectValue('t3.newReceived.natural', '2');
    await editor.expectValue('t4.review.otherResult', '1');
  });
}

test('a report page the browser saved as one file (.mht), named .doc as sites offer it, is read', async ({
  page,
  context,
}) => {
  const text = await readFile(
    new URL('../src/model/import/fixtures/mudanjiang-edz-2024.txt', import.meta.url),
    'utf8',
  );
  const published = importReportText(text);
  if (!published.ok) throw new Error(published.message);
  // Chromium's own 「网页，单个文件」: the page as the MHTML its save writes.
  const saved = await context.newPage();
  await saved.setContent(renderReportHtml(published.report, { flavour: 'clean' }));
  const cdp = await context.newCDPSession(saved);
  const { data } = await cdp.send('Page.captureSnapshot', { format: 'mhtml' });
  await saved.close();

  const editor = new EditorPage(page);
  await page.goto('/');
  await page.getByRole('button', { name: '导入已发布年报' }).click();
  const dialog = page.getByRole('dialog', { name: '导入已发布年报' });
  await dialog.getByLabel('选择已发布年报的文件').setInputFiles({
    name: '2024年报.doc',
    mimeType: 'application/msword',
    buffer: Buffer.from(data),
  });
  await expect(dialog.getByRole('status')).toContainText(`识别为「${title}」`);
  await expect(dialog).toContainText('已读取网页格式（含表格结构）');
  await dialog.getByRole('button', { name: '保存到报告库' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  await editor.expectValue('t3.newReceived.natural', '2');
  await editor.expectValue('t4.review.otherResult', '1');
});

/** An image saved under a .txt name: bytes no text has. */
function imageBytes(): Buffer {
  const bytes = Buffer.alloc(4096, 0);
  for (let i = 0; i < bytes.length; i += 1) bytes[i] = (i * 37) % 256;
  return bytes;
}

for (const [what, file, said] of [
  [
    'an old .doc is refused with what to do',
    {
      name: '2024年报.doc',
      mimeType: 'application/msword',
      buffer: Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]),
    },
    ['无法读取「2024年报.doc」：这是旧版 Word 文档（.doc）', '另存为 .docx'],
  ],
  [
    'a file that is not text is refused as such',
    { name: '年报.txt', mimeType: 'text/plain', buffer: imageBytes() },
    ['无法读取「年报.txt」：这个文件不是文本文件'],
  ],
] as const) {
  test(`${what}, and what was pasted stays`, async ({ page }) => {
    await page.goto('/');
    await page.getByRole('button', { name: '导入已发布年报' }).click();
    const dialog = page.getByRole('dialog', { name: '导入已发布年报' });
    const pasted = dialog.getByLabel('粘贴已发布年报的文字或网页');
    await pasted.fill('一、总体情况');
    await dialog.getByLabel('选择已发布年报的文件').setInputFiles(file);
    for (const words of said) await expect(dialog.getByRole('alert')).toContainText(words);
    await expect(pasted).toHaveValue('一、总体情况');
  });
}

test('a PDF dropped on the app opens 导入已发布年报 with it read', async ({ page }) => {
  await page.goto('/');
  const base64 = (await fixture('mudanjiang-2024.pdf')).toString('base64');
  const transfer = await page.evaluateHandle((encoded) => {
    const bytes = Uint8Array.from(atob(encoded), (character) => character.charCodeAt(0));
    const data = new DataTransfer();
    data.items.add(new File([bytes], '年报.pdf', { type: 'application/pdf' }));
    return data;
  }, base64);
  await page.getByRole('main').dispatchEvent('dragover', { dataTransfer: transfer });
  await page.getByRole('main').dispatchEvent('drop', { dataTransfer: transfer });
  const dialog = page.getByRole('dialog', { name: '导入已发布年报' });
  await expect(dialog.getByRole('status')).toContainText(`识别为「${title}」`, {
    timeout: readingTimeout,
  });
  await expect(dialog.getByRole('list', { name: '原文' })).toContainText('（七）总计');
});
