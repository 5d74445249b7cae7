// 报告库: creating, renaming, copying, trashing and restoring reports, the next year, and drafts
// that cannot be read.

import { expect, test } from './fixtures.ts';
import { EditorPage } from './pages/editor.ts';
import { LibraryPage } from './pages/library.ts';

test('create, rename, duplicate, delete with confirmation, restore and empty the trash', async ({
  page,
}) => {
  const library = new LibraryPage(page);
  // The page's clock, so that 最后修改 can be seen to stay across 回收站 and back.
  await page.clock.install({ time: new Date('2026-12-01T09:00:00+08:00') });
  await library.open();
  await expect(
    page.getByText(
      /^(浏览器已同意持久保存|未获持久保存许可：清理浏览器数据时草稿可能丢失，请定期导出)$/,
    ),
  ).toBeVisible();
  await library.createBlank('某县交通运输局', 2025);
  await expect(page).toHaveTitle('某县交通运输局2025年政府信息公开工作年度报告 · 年报');
  await library.backFromEditor();

  const row = library.row('某县交通运输局', '2025');
  await expect(row).toContainText('草稿');
  await expect(row).toContainText(/\d+ 个错误，\d+ 个警告/);

  await row.getByRole('button', { name: '重命名' }).click();
  await expect(library.dialog('重命名')).toContainText('改名会同时改动报告中的机关名称和标题');
  await library.dialog('重命名').getByLabel('机关名称').fill('某县交通局');
  await library.dialog('重命名').getByRole('button', { name: '保存' }).click();
  const renamed = library.row('某县交通局', '2025');
  await expect(renamed).toHaveCount(1);

  await renamed.getByRole('button', { name: '复制' }).click();
  await expect(library.row('某县交通局')).toHaveCount(2);
  const copy = library.row('某县交通局（副本）', '2025');
  await expect(copy).toHaveCount(1);
  const lastChange = copy.getByRole('cell').nth(1);
  const changedAt = await lastChange.textContent();

  await copy.getByRole('button', { name: '删除' }).click();
  await library.dialog('删除报告').getByRole('button', { name: '移入回收站' }).click();
  await expect(library.row('某县交通局')).toHaveCount(1);
  await expect(library.trash()).toContainText('某县交通局（副本）2025年政府信息公开工作年度报告');

  await page.clock.fastForward('02:00:00');
  await library.trash().getByRole('button', { name: '恢复' }).click();
  await expect(library.row('某县交通局')).toHaveCount(2);
  await expect(library.trash()).toContainText('回收站是空的');
  await expect(lastChange).toHaveText(changedAt ?? '');

  await library.row('某县交通局').first().getByRole('button', { name: '删除' }).click();
  await library.dialog('删除报告').getByRole('button', { name: '取消' }).click();
  await expect(library.row('某县交通局')).toHaveCount(2);
  await library.row('某县交通局').first().getByRole('button', { name: '删除' }).click();
  await library.dialog('删除报告').getByRole('button', { name: '移入回收站' }).click();
  await library.trash().getByRole('button', { name: '清空回收站' }).click();
  await library.dialog('清空回收站').getByRole('button', { name: '永久删除' }).click();
  await expect(library.trash()).toContainText('回收站是空的');
  await expect(library.row('某县交通局')).toHaveCount(1);
});

test('开始下一年度 carries 结转 into 上年结转, starts the text blank and links last year', async ({
  page,
}) => {
  const library = new LibraryPage(page);
  const editor = new EditorPage(page);
  await editor.open();
  await editor.enter('t3.carriedForward.natural', '2');
  await editor.enter('t3.carriedForward.commercial', '1');
  await editor.waitUntilSaved();
  await library.backFromEditor();

  await library.row('2024').getByRole('button', { name: '开始下一年度' }).click();
  // It says what it will carry before it creates anything.
  const confirm = page.getByRole('dialog', { name: '开始下一年度' });
  await expect(confirm).toContainText(
    '将新建牡丹江经济技术开发区管理委员会2025年政府信息公开工作年度报告',
  );
  await expect(confirm).toContainText('四、结转下年度继续办理」：自然人 2，商业企业 1，科研机构 0');
  await expect(confirm).toContainText('正文、导语和表格的其他各格留空');
  await confirm.getByRole('button', { name: '新建', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    '牡丹江经济技术开发区管理委员会2025年政府信息公开工作年度报告',
  );
  await editor.expectValue('t3.carriedOver.natural', '2');
  await editor.expectValue('t3.carriedOver.commercial', '1');
  await editor.expectValue('t3.carriedOver.research', '0');
  await editor.expectValue('t3.carriedOver.total', '3');
  await editor.expectValue('t3.newReceived.natural', '');
  await editor.expectValue('t2.normativeDocs.inForce', '0');
  await expect(page.getByLabel('综述', { exact: true })).toHaveValue('');
  await expect(page.getByLabel('（五）监督保障')).toHaveValue('');
  await expect(page.getByText('上一年度报告：')).toContainText(
    '牡丹江经济技术开发区管理委员会2024年政府信息公开工作年度报告',
  );

  // Last year's report is attached: the cross-year rules check against it.
  await editor.enter('t3.carriedOver.natural', '1');
  await expect(
    editor.finding('二、上年结转为 1，但 2024 年度报告的四、结转下年度继续办理为 2'),
  ).toBeVisible();

  await library.backFromEditor();
  await expect(library.row('2025')).toContainText('接续 2024 年度');
});

test('a stored draft that cannot be read is set aside, reported and downloadable', async ({
  page,
}) => {
  const library = new LibraryPage(page);
  await new EditorPage(page).open();
  await library.backFromEditor();
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('nianbao');
        request.onsuccess = () => {
          const db = request.result;
          const tx = db.transaction('reports', 'readwrite');
          tx.objectStore('reports').put({
            id: 'broken',
            createdAt: 1,
            updatedAt: 1,
            revision: 1,
            priorId: null,
            deletedAt: null,
            document: { format: 'nianbao-report', schemaVersion: 1, report: { header: 'x' } },
          });
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(new Error(String(tx.error)));
        };
      }),
  );

  await page.reload();
  await expect(
    page.getByRole('heading', { name: '有 1 份草稿无法读取，已另行保存' }),
  ).toBeVisible();
  await expect(library.row('牡丹江经济技术开发区管理委员会')).toHaveCount(1);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '下载原始数据' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^无法读取的草稿-broken@\d+\.json$/);

  // Set aside, not dropped: it is still reported after another reload.
  await page.reload();
  await expect(
    page.getByRole('heading', { name: '有 1 份草稿无法读取，已另行保存' }),
  ).toBeVisible();
});

test('开始下一年度 is not offered from the last year the form allows, and says why', async ({
  page,
}) => {
  // It once wrote a 2101 report no read accepts: opening it said the report was gone, and the
  // library listed it among the drafts it could not read. Then it offered 新建 and refused it.
  const library = new LibraryPage(page);
  await library.open();
  await library.createBlank('某县交通局', 2100);
  await library.backFromEditor();

  const next = library.row('2100').getByRole('button', { name: '开始下一年度' });
  await expect(next).toBeDisabled();
  await expect(next).toHaveAttribute('title', '报告年度已是 2100 年，表格不接受更晚的年度');
  await page.reload();
  await expect(library.row()).toHaveCount(1);
  await expect(page.getByRole('heading', { name: /草稿无法读取/ })).toHaveCount(0);
});
