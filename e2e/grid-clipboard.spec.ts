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

  await editor.expectValue('t3.disclosed.natural', '1234');
  await editor.expectValue('t3.disclosed.commercial', '5');
  await editor.expectValue('t3.disclosed.research', '/');
  await editor.expectValue('t3.partlyDisclosed.natural', '/');
  await editor.expectValue('t3.partlyDisclosed.commercial', '0');
  await editor.expectValue('t3.partlyDisclosed.research', '7');
  await expect(page.getByRole('alert')).toContainText('已粘贴 5 个单元格');
  await expect(page.getByRole('alert')).toContainText('“abc”（请填写非负整数，不适用填“/”）');

  await page.keyboard.press('Control+z');
  await editor.expectValue('t3.disclosed.natural', '1');
  await editor.expectValue('t3.disclosed.research', '0');
  await editor.expectValue('t3.partlyDisclosed.research', '0');
});

test('paste skips computed totals and says what did not fit', async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.select('t3.newReceived.otherOrg');
  await writeClipboard(page, '4\t99\t8');
  await page.keyboard.press('Control+v');
  await editor.expectValue('t3.newReceived.otherOrg', '4');
  await editor.expectValue('t3.newReceived.total', '6');
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
  await editor.expectValue('t4.directSuit.pending', '3');
  await editor.expectValue('t4.suitAfterReview.corrected', '3');
  await editor.expectValue('t4.directSuit.total', '12');
  await editor.expectValue('t4.review.upheld', '0');
});
