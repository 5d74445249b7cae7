// Parts of the app fetched when first used (the editor, 批量审核, the importer, the sample) that do
// not arrive, as when the site was updated under an open page or the network went: the user is
// told why and how to go on, the library stays usable, and nothing is created or lost.

import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { LibraryPage } from './pages/library.ts';

/**
 * Serves a chunk that cannot be run. A missing file would do the same to the app, but the browser
 * logs a failed request as a console error, which every spec treats as a failure.
 */
async function breakChunk(page: Page, name: string): Promise<() => Promise<void>> {
  const pattern = `**/assets/${name}-*.js`;
  await page.route(pattern, (route) =>
    route.fulfill({ status: 200, contentType: 'text/javascript', body: 'export const = ;' }),
  );
  return () => page.unroute(pattern);
}

const couldNotFetch = (what: string) => `无法下载“${what}”所需的程序文件`;

test('a report whose editor cannot be fetched says so, and opens once it can', async ({ page }) => {
  const library = new LibraryPage(page);
  await library.open();
  await library.createFromSample();
  await library.backFromEditor();

  const repair = await breakChunk(page, 'ReportEditor');
  await page.reload();
  const row = library.row('牡丹江');
  await row.getByRole('link').first().click();
  const failure = page.getByRole('alert').filter({ hasText: couldNotFetch('打开报告') });
  await expect(failure).toContainText('报告库中的草稿不受影响');

  await failure.getByRole('link', { name: '返回报告库' }).click();
  await expect(library.heading()).toBeVisible();
  await expect(row).toHaveCount(1);

  await row.getByRole('link').first().click();
  await expect(failure).toBeVisible();
  await repair();
  await failure.getByRole('button', { name: '重新载入' }).click();
  await expect(library.editorHeading()).toContainText('牡丹江');
});

test('从示例新建 without the sample says why and creates nothing', async ({ page }) => {
  const library = new LibraryPage(page);
  await breakChunk(page, 'mudanjiang2024');
  await library.open();
  await page.getByRole('button', { name: '从示例新建' }).click();
  await expect(page.getByRole('alert')).toContainText(couldNotFetch('从示例新建'));
  await expect(page.getByRole('alert')).not.toContainText('存储');
  await expect(library.heading()).toBeVisible();
  await expect(library.row('牡丹江')).toHaveCount(0);
});

test('导入已发布年报 and 批量审核 that cannot be fetched leave the library usable', async ({
  page,
}) => {
  const library = new LibraryPage(page);
  await breakChunk(page, 'PublishedImport');
  await breakChunk(page, 'BatchView');
  await library.open();

  await page.getByRole('button', { name: '导入已发布年报' }).click();
  const importFailure = page
    .getByRole('alert')
    .filter({ hasText: couldNotFetch('导入已发布年报') });
  await expect(importFailure).toBeVisible();
  await importFailure.getByRole('button', { name: '关闭' }).click();
  await expect(importFailure).toHaveCount(0);
  await library.createBlank('某县交通运输局', 2025);
  await library.backFromEditor();

  await page.getByRole('link', { name: '批量审核' }).click();
  const batchFailure = page.getByRole('alert').filter({ hasText: couldNotFetch('批量审核') });
  await expect(batchFailure).toBeVisible();
  await batchFailure.getByRole('link', { name: '返回报告库' }).click();
  await expect(library.row('某县交通运输局')).toHaveCount(1);
});

test('the app and its editor arrive asking Chromium to compile them as they load', async ({
  page,
}) => {
  const library = new LibraryPage(page);
  const chunk = (name: string) =>
    page.waitForResponse(new RegExp(`/assets/${name}-[\\w-]+\\.js$`)).then((r) => r.text());
  const [entry, editor] = [chunk('index'), chunk('ReportEditor')];
  await library.open();
  await library.createFromSample();
  // Decision 68: the hint works only as a file's first line, where Vite and minification would not
  // have left it: their functions are then compiled before the first keystroke needs them.
  for (const source of await Promise.all([entry, editor])) {
    expect(source.split('\n', 1)[0]).toBe('//# allFunctionsCalledOnLoad');
  }
});
