// Copying to and pasting from a spreadsheet.

import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { EditorPage } from './pages/editor.ts';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

test.beforeEach(async ({ page }) => {
  await new EditorPage(page).open();
});

const writeClipboard = (page: Page, text: string) =>
  page.evaluate((value) => navigator.clipboard.writeText(value), text);

test('Ctrl+C copies the selected range as tab-separated text', async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.select('t3.newReceived.natural');
  await page.keyboard.press('Shift+ArrowDown');
  await page.keyboard.press('Shift+ArrowRight');
  await page.keyboard.press('Control+c');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('2\t0\r\n0\t0');
});

test('Ctrl+V pastes a block from Excel/WPS, normalised, refusing what is not a count, as one undo step', async ({
  page,
}) => {
  const editor = new EditorPage(page);
  await editor.select('t3.disclosed.natural');
  await writeClipboard(page, '1,234\t５\t/\r\n—\tabc\t 7 \r\n');
  await page.keyboard.press('Control+v');

  await expect(editor.value('t3.disclosed.natural')).toHaveText('1234');
  await expect(editor.value('t3.disclosed.commercial')).toHaveText('5');
  await expect(editor.value('t3.disclosed.research')).toHaveText('/');
  await expect(editor.value('t3.partlyDisclosed.natural')).toHaveText('/');
  await expect(editor.value('t3.partlyDisclosed.commercial')).toHaveText('0');
  await expect(editor.value('t3.partlyDisclosed.research')).toHaveText('7');
  await expect(page.getByRole('alert')).toContainText('已粘贴 5 个单元格');
  await expect(page.getByRole('alert')).toContainText('“abc”（请填写非负整数，不适用填“/”）');

  await page.keyboard.press('Control+z');
  await expect(editor.value('t3.disclosed.natural')).toHaveText('1');
  await expect(editor.value('t3.disclosed.research')).toHaveText('0');
  await expect(editor.value('t3.partlyDisclosed.research')).toHaveText('0');
});

test('paste skips computed totals and says what did not fit', async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.select('t3.newReceived.otherOrg');
  await writeClipboard(page, '4\t99\t8');
  await page.keyboard.press('Control+v');
  await expect(editor.value('t3.newReceived.otherOrg')).toHaveText('4');
  await expect(editor.value('t3.newReceived.total')).toHaveText('6');
  await expect(page.getByRole('status').filter({ hasText: '已粘贴 1 个单元格' })).toContainText(
    '跳过 1 个自动计算的合计，1 个值超出表格范围，未粘贴',
  );
});

test('a single value fills the whole selection, totals skipped', async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.select('t4.directSuit.upheld');
  await page.keyboard.press('Shift+End');
  await writeClipboard(page, '3');
  await page.keyboard.press('Control+v');
  await expect(editor.value('t4.directSuit.pending')).toHaveText('3');
  await expect(editor.value('t4.suitAfterReview.corrected')).toHaveText('3');
  await expect(editor.value('t4.directSuit.total')).toHaveText('12');
  await expect(editor.value('t4.review.upheld')).toHaveText('0');
});
