// Pointing at cells: a click selects exactly the clicked cell and never moves the page, a refused
// value says why beside its cell, and only the grid with the focus shows an active cell.

import type { Locator } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { EditorPage } from './pages/editor.ts';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

test.beforeEach(async ({ page }) => {
  await new EditorPage(page).open();
});

const selectedCells = (editor: EditorPage) =>
  editor.grid(/收到和处理政府信息公开申请情况/).getByRole('gridcell', { selected: true });

test('the first click in 表三, far down the page, selects that cell and does not scroll', async ({
  page,
}) => {
  const editor = new EditorPage(page);
  const target = editor.cell('t3.otherHandling.commercial');
  await target.scrollIntoViewIfNeeded();
  const before = await page.evaluate(() => window.scrollY);

  await target.click();

  await expect(target).toHaveClass(/\bactive\b/);
  await expect(selectedCells(editor)).toHaveCount(1);
  expect(await page.evaluate(() => window.scrollY)).toBe(before);
  await expect(target).toBeInViewport();
});

test('a click after typing in 五 selects the clicked cell where it is, without a jump', async ({
  page,
}) => {
  const editor = new EditorPage(page);
  await editor.select('t3.newReceived.natural');
  const section5 = page.getByRole('textbox', { name: '五、存在的主要问题及改进情况' });
  await section5.scrollIntoViewIfNeeded();
  await section5.click();
  const target = editor.cell('t3.carriedForward.commercial');
  await target.scrollIntoViewIfNeeded();
  const before = await page.evaluate(() => window.scrollY);

  await target.click();

  await expect(target).toHaveClass(/\bactive\b/);
  await expect(selectedCells(editor)).toHaveCount(1);
  expect(await page.evaluate(() => window.scrollY)).toBe(before);
  await expect(target).toBeInViewport();
});

/** The vertical gap between a cell's bottom edge and a message's top edge, in CSS pixels. */
async function gapBelow(cell: Locator, message: Locator): Promise<number> {
  const [cellBox, messageBox] = await Promise.all([cell.boundingBox(), message.boundingBox()]);
  if (!cellBox || !messageBox) throw new Error('the cell or the message is not on screen');
  expect(messageBox.x + messageBox.width).toBeGreaterThan(cellBox.x);
  expect(messageBox.x).toBeLessThan(cellBox.x + cellBox.width);
  return messageBox.y - (cellBox.y + cellBox.height);
}

test('a refused value says why right under its cell, and the reason goes with the next action', async ({
  page,
}) => {
  const editor = new EditorPage(page);
  const cell = editor.cell('t3.carriedForward.commercial');
  await cell.click();
  await page.keyboard.type('abc');
  await page.keyboard.press('Enter');

  const reason = page.getByRole('alert').filter({ hasText: '请填写非负整数' });
  await expect(reason).toBeVisible();
  await expect(reason).toBeInViewport();
  expect(Math.abs(await gapBelow(cell, reason))).toBeLessThanOrEqual(8);

  await page.keyboard.press('Escape');
  await expect(reason).toBeHidden();
  await editor.expectValue('t3.carriedForward.commercial', '0');

  // Dropped on leaving the grid: the reason goes with it.
  await page.keyboard.type('-5');
  await page.getByRole('textbox', { name: '五、存在的主要问题及改进情况' }).click();
  await expect(page.getByRole('alert').filter({ hasText: '件数不能为负数' })).toBeHidden();
});

test('the paste summary shows at the pasted cell and goes with the next move', async ({ page }) => {
  const editor = new EditorPage(page);
  const cell = editor.cell('t3.newReceived.otherOrg');
  await cell.click();
  await page.evaluate(() => navigator.clipboard.writeText('4\t99\t8'));
  await page.keyboard.press('Control+v');

  const summary = page.getByRole('status').filter({ hasText: '已粘贴 1 个单元格' });
  await expect(summary).toBeVisible();
  expect(Math.abs(await gapBelow(cell, summary))).toBeLessThanOrEqual(8);
  await page.keyboard.press('ArrowDown');
  await expect(summary).toBeHidden();
});

test('only the grid with the focus shows its active cell', async ({ page }) => {
  const editor = new EditorPage(page);
  const frameOf = (address: string) =>
    editor.cell(address).evaluate((cell) => getComputedStyle(cell).outlineColor);
  await editor.select('t2.rules.issued');
  await editor.select('t3.newReceived.natural');

  await expect(editor.cell('t2.rules.issued')).toHaveClass(/\bactive\b/);
  expect(await frameOf('t2.rules.issued')).toBe('rgba(0, 0, 0, 0)');
  expect(await frameOf('t3.newReceived.natural')).not.toBe('rgba(0, 0, 0, 0)');
});
