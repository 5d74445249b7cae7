// What the browser's storage holds is untrusted: a damaged record is set aside and reported, a
// record of a newer version is left alone, and the library opens whatever it finds.

import { expect, test } from './fixtures.ts';
import { LibraryPage } from './pages/library.ts';
import { getAllRaw, putRaw } from './support/idb.ts';

interface StoredRecord {
  readonly id: string;
  readonly document: { readonly schemaVersion: number };
}

test('damaged records in any store never blank the library: they are set aside and reported', async ({
  page,
}) => {
  const library = new LibraryPage(page);
  await library.open();
  await library.createFromSample();
  await library.backFromEditor();

  await putRaw(page, 'quarantine', [{ key: 'q', quarantinedAt: 1, problems: null, raw: 1 }]);
  await putRaw(page, 'reports', [{ id: 'odd', document: 7 }]);
  await page.reload();

  await expect(library.row('牡丹江经济技术开发区管理委员会')).toHaveCount(1);
  await expect(
    page.getByRole('heading', { name: '有 2 份草稿无法读取，已另行保存' }),
  ).toBeVisible();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '下载原始数据' }).first().click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/\.json$/);

  // Kept, not dropped, and read the same way again.
  await page.reload();
  await expect(
    page.getByRole('heading', { name: '有 2 份草稿无法读取，已另行保存' }),
  ).toBeVisible();
  await expect(library.row('牡丹江经济技术开发区管理委员会')).toHaveCount(1);
});

test('a report written by a newer version stays where it is, shown read-only', async ({ page }) => {
  const library = new LibraryPage(page);
  await library.open();
  await library.createFromSample();
  await library.backFromEditor();

  const [stored] = (await getAllRaw(page, 'reports')) as StoredRecord[];
  if (!stored) throw new Error('the library wrote no record');
  const newer = {
    ...stored,
    id: 'from-the-future',
    document: { ...stored.document, schemaVersion: stored.document.schemaVersion + 1 },
  };
  await putRaw(page, 'reports', [newer]);
  await page.reload();

  const notice = page.getByRole('region', { name: '由更新版本创建的报告' });
  await expect(notice).toContainText('由更新版本创建，请升级后打开');
  await expect(notice).toContainText('牡丹江经济技术开发区管理委员会');
  await expect(page.getByRole('heading', { name: /无法读取/ })).toHaveCount(0);

  await page.goto('/#/report/from-the-future');
  await expect(page.getByRole('alert')).toContainText('由更新版本创建，请升级后打开');

  await library.open();
  await expect(notice).toBeVisible();
  expect(await getAllRaw(page, 'quarantine')).toEqual([]);
  expect(
    (await getAllRaw(page, 'reports')).find((r) => (r as StoredRecord).id === newer.id),
  ).toEqual(newer);
});
