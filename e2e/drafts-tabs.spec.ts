// The same report in two tabs: one writes, the other reads, follows and takes over; a writer whose
// report another tab replaced stops.

import { readFile } from 'node:fs/promises';
import { expect, test } from './fixtures.ts';
import { EditorPage } from './pages/editor.ts';
import { LibraryPage } from './pages/library.ts';

test('a second tab is read-only, follows the first one’s saves and takes over when it closes', async ({
  page,
  context,
}) => {
  const first = new EditorPage(page);
  await first.open();

  const secondPage = await context.newPage();
  const second = new EditorPage(secondPage);
  await secondPage.goto(page.url());
  const readOnly = secondPage.getByText('此报告已在另一个标签页中打开，本页只读');
  await expect(readOnly).toBeVisible();
  await expect(second.saveStatus()).toHaveText('只读');

  // Edits are refused here…
  await second.enter('t3.newReceived.natural', '9');
  await second.expectValue('t3.newReceived.natural', '2');
  await expect(
    second.gridFrame('三、收到和处理政府信息公开申请情况').getByRole('status'),
  ).toHaveText('此报告正在另一个标签页中编辑，本页只读。');
  await expect(secondPage.getByLabel('（五）监督保障')).not.toBeEditable();

  // …while the writer's saves arrive.
  await first.enter('t3.newReceived.natural', '5');
  await second.expectValue('t3.newReceived.natural', '5');
  await first.expectValue('t3.newReceived.natural', '5');

  await page.close({ runBeforeUnload: true });
  await expect(readOnly).toHaveCount(0);
  await second.enter('t3.newReceived.natural', '8');
  await second.expectValue('t3.newReceived.natural', '8');
  await second.waitUntilSaved();

  await secondPage.reload();
  await second.expectValue('t3.newReceived.natural', '8');
});

test('a tab whose report another tab replaced stops writing and says so: one copy, in 回收站', async ({
  page,
  context,
}) => {
  const writer = new EditorPage(page);
  await writer.open();
  const libraryPage = await context.newPage();
  const library = new LibraryPage(libraryPage);
  await library.open();
  const [download] = await Promise.all([
    libraryPage.waitForEvent('download'),
    library.row('2024').getByRole('button', { name: '导出 JSON' }).click(),
  ]);
  const text = await readFile(await download.path(), 'utf8');

  // An edit whose autosave may still be pending when the other tab replaces the report.
  await writer.enter('t3.newReceived.natural', '5');
  await library.importFile(download.suggestedFilename(), text);
  await library
    .dialog('报告库中已有同一机关同一年度的报告')
    .getByRole('button', { name: '替换' })
    .click();
  await expect(library.trash().getByRole('listitem')).toHaveCount(1);

  const alert = page.getByRole('alert').filter({ hasText: '已在另一个标签页中被替换' });
  await expect(alert).toContainText('本页不再保存');
  await expect(alert.getByRole('button', { name: '下载 JSON 备份' })).toBeVisible();
  await writer.enter('t3.newReceived.natural', '7');
  await writer.expectValue('t3.newReceived.natural', '5');

  await libraryPage.reload();
  await expect(library.row('2024')).toHaveCount(1);
  await expect(library.trash().getByRole('listitem')).toHaveCount(1);
});
