// Report files in and out: export, import by picker and by drop, invalid files, duplicates.

import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { EditorPage } from './pages/editor.ts';
import { LibraryPage } from './pages/library.ts';

const sampleFileName = '牡丹江经济技术开发区管理委员会2024年政府信息公开工作年度报告.json';

async function exportFromEditor(page: Page): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('banner').getByRole('button', { name: '导出 JSON' }).click(),
  ]);
  return {
    name: download.suggestedFilename(),
    text: await readFile(await download.path(), 'utf8'),
  };
}

test('export then import gives the same report', async ({ page }) => {
  const library = new LibraryPage(page);
  const editor = new EditorPage(page);
  await editor.open();
  await editor.enter('t3.newReceived.otherOrg', '3');
  const exported = await exportFromEditor(page);
  expect(exported.name).toBe(sampleFileName);
  await library.backFromEditor();

  await library.row('2024').getByRole('button', { name: '删除' }).click();
  await library.dialog('删除报告').getByRole('button', { name: '移入回收站' }).click();
  await library.importFile(exported.name, exported.text);
  await expect(page.getByRole('status').filter({ hasText: '已导入：' })).toBeVisible();

  await library.row('2024').getByRole('link').click();
  await editor.expectValue('t3.newReceived.otherOrg', '3');
  expect((await exportFromEditor(page)).text).toBe(exported.text);
});

test.describe('a file that is not a report changes nothing and says why', () => {
  const cases = [
    ['a corrupt file', 'broken.json', '{"format": "nianbao-report", "sch', '文件：不是有效的 JSON'],
    ['JSON of another shape', 'other.json', '{"name": "not a report"}', '不是年报文件'],
    [
      'a newer schemaVersion',
      'newer.json',
      JSON.stringify({ format: 'nianbao-report', schemaVersion: 99, report: {} }),
      '格式版本为 99，由较新版本的年报生成',
    ],
    [
      'a report with missing parts',
      'cell.json',
      JSON.stringify({
        format: 'nianbao-report',
        schemaVersion: 1,
        formatEdition: '2021',
        report: { header: { agencyName: 'A', year: 2024, category: null, publishDate: null } },
      }),
      '缺少此项',
    ],
  ] as const;
  for (const [what, name, text, message] of cases) {
    test(what, async ({ page }) => {
      const library = new LibraryPage(page);
      await new EditorPage(page).open();
      await library.backFromEditor();
      await library.importFile(name, text);
      const dialog = library.dialog(`无法导入「${name}」`);
      await expect(dialog).toContainText('报告库没有任何改动');
      await expect(dialog.getByRole('listitem').first()).toContainText(message);
      await dialog.getByRole('button', { name: '关闭' }).click();
      await expect(library.reports().getByRole('row')).toHaveCount(2);
    });
  }
});

test('importing a report already in the library asks 替换 or 保留两份; dropping a file imports it', async ({
  page,
}) => {
  const library = new LibraryPage(page);
  await new EditorPage(page).open();
  const exported = await exportFromEditor(page);
  await library.backFromEditor();

  await library.importFile(exported.name, exported.text);
  const question = library.dialog('报告库中已有同一机关同一年度的报告');
  await question.getByRole('button', { name: '保留两份' }).click();
  await expect(library.row('2024')).toHaveCount(2);

  await library.importFile(exported.name, exported.text);
  await question.getByRole('button', { name: '替换' }).click();
  await expect(library.row('2024')).toHaveCount(2);
  await expect(library.trash()).toContainText('2024年政府信息公开工作年度报告');

  await library.importFile(exported.name, exported.text);
  await question.getByRole('button', { name: '取消' }).click();
  await expect(library.row('2024')).toHaveCount(2);

  // Dropped on the app: the same question.
  const transfer = await page.evaluateHandle(
    ({ name, text }) => {
      const data = new DataTransfer();
      data.items.add(new File([text], name, { type: 'application/json' }));
      return data;
    },
    { name: exported.name, text: exported.text },
  );
  await page.getByRole('main').dispatchEvent('dragover', { dataTransfer: transfer });
  await page.getByRole('main').dispatchEvent('drop', { dataTransfer: transfer });
  await question.getByRole('button', { name: '保留两份' }).click();
  await expect(library.row('2024')).toHaveCount(3);
});
