// Drafts are never lost: autosave, reload, closing right after an edit, and a storage failure.

import type { Dialog, Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { EditorPage } from './pages/editor.ts';

test('a reload keeps every field: a cell, a text and the header', async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.open();
  await editor.enter('t3.newReceived.commercial', '7');
  await page.getByLabel('（五）监督保障').fill('本年度开展政务公开培训两次。');
  await page.getByLabel('机关名称').fill('某市某区人民政府');
  await editor.waitUntilSaved();

  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    '某市某区人民政府2024年政府信息公开工作年度报告',
  );
  await expect(page).toHaveTitle('某市某区人民政府2024年政府信息公开工作年度报告 · 年报');
  await editor.expectValue('t3.newReceived.commercial', '7');
  await expect(page.getByLabel('（五）监督保障')).toHaveValue('本年度开展政务公开培训两次。');
  await expect(page.getByLabel('机关名称')).toHaveValue('某市某区人民政府');
});

test('closing the page right after an edit keeps that edit', async ({ page, context }) => {
  const editor = new EditorPage(page);
  await editor.open();
  const url = page.url();
  await editor.enter('t3.newReceived.research', '4');
  await editor.expectValue('t3.newReceived.research', '4');
  // No wait for the autosave: the page saves as it goes.
  await Promise.all([page.waitForEvent('close'), page.close({ runBeforeUnload: true })]);

  const reopened = await context.newPage();
  await reopened.goto(url);
  await new EditorPage(reopened).expectValue('t3.newReceived.research', '4');
});

/** Tries to close the page as a user would; returns the dialogs the browser showed. */
async function leaveAnswering(page: Page, answer: 'accept' | 'dismiss'): Promise<string[]> {
  const shown: string[] = [];
  const onDialog = (dialog: Dialog) => {
    shown.push(dialog.type());
    void (answer === 'accept' ? dialog.accept() : dialog.dismiss());
  };
  page.on('dialog', onDialog);
  const closed = page.waitForEvent('close').then(() => 'closed' as const);
  const asked = page.waitForEvent('dialog').then(() => 'asked' as const);
  await page.close({ runBeforeUnload: true });
  await Promise.race([closed, asked]);
  page.off('dialog', onDialog);
  return shown;
}

test('leaving while a save is pending asks first, until it is saved', async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.open();
  // Another connection holds the drafts' store busy: this page's save waits behind it.
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('nianbao');
        request.onerror = () => reject(new Error(String(request.error)));
        request.onsuccess = () => {
          const store = request.result.transaction('reports', 'readwrite').objectStore('reports');
          Object.assign(window, { isHolding: true });
          const hold = () => {
            if ('isHolding' in window && window.isHolding) store.get('none').onsuccess = hold;
          };
          hold();
          resolve();
        };
      }),
  );

  await editor.enter('t3.newReceived.legalService', '6');
  await expect(editor.saveStatus()).toHaveText('保存中');
  expect(await leaveAnswering(page, 'dismiss')).toEqual(['beforeunload']);
  expect(page.isClosed()).toBe(false);

  await page.evaluate(() => Object.assign(window, { isHolding: false }));
  await editor.waitUntilSaved();
  expect(await leaveAnswering(page, 'dismiss')).toEqual([]);
  expect(page.isClosed()).toBe(true);
});

test('a database another page upgrades fails the save at once, keeps the edit and offers a backup', async ({
  page,
}) => {
  const editor = new EditorPage(page);
  await editor.open();
  // A newer version of the app opened in another tab: it upgrades the database, which closes this
  // page's connection, and holds it open.
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('nianbao', 2);
        request.onsuccess = () => {
          Object.assign(window, { newerConnection: request.result });
          resolve();
        };
        request.onerror = () => reject(new Error(String(request.error)));
      }),
  );

  await editor.enter('t3.newReceived.legalService', '6');
  const alert = page.getByRole('alert').filter({ hasText: '保存失败' });
  await expect(alert).toContainText('修改仍保留在本页中');
  // Leaving now would lose the edit: the browser asks first, and staying keeps the page.
  expect(await leaveAnswering(page, 'dismiss')).toEqual(['beforeunload']);
  expect(page.isClosed()).toBe(false);
  await expect(editor.saveStatus()).toHaveText('保存失败');
  await editor.expectValue('t3.newReceived.legalService', '6');

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    alert.getByRole('button', { name: '下载 JSON 备份' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(
    '牡丹江经济技术开发区管理委员会2024年政府信息公开工作年度报告.json',
  );
  const path = await download.path();
  const { readFile } = await import('node:fs/promises');
  const saved = JSON.parse(await readFile(path, 'utf8')) as {
    report: { cells: Record<string, unknown> };
  };
  expect(saved.report.cells['t3.newReceived.legalService']).toBe(6);
});

test('closing the page while a figure is still being typed keeps that figure', async ({
  page,
  context,
}) => {
  const editor = new EditorPage(page);
  await editor.open();
  const url = page.url();
  await editor.select('t3.newReceived.research');
  // No Enter: the figure is in the cell's edit when the tab is closed.
  await page.keyboard.type('4');
  await Promise.all([page.waitForEvent('close'), page.close({ runBeforeUnload: true })]);

  const reopened = await context.newPage();
  await reopened.goto(url);
  await new EditorPage(reopened).expectValue('t3.newReceived.research', '4');
});
