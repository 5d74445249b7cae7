// Filling in the tables from the keyboard, as in Excel/WPS.

import { expect, test } from './fixtures.ts';
import { EditorPage } from './pages/editor.ts';

test.beforeEach(async ({ page }) => {
  await new EditorPage(page).open();
});

test('typing replaces a value, Enter commits and moves down, totals and findings follow', async ({
  page,
}) => {
  const editor = new EditorPage(page);
  await editor.select('t3.newReceived.commercial');
  await page.keyboard.type('3');
  await page.keyboard.press('Enter');

  await editor.expectValue('t3.newReceived.commercial', '3');
  await editor.expectValue('t3.newReceived.total', '5');
  await expect(editor.cell('t3.carriedOver.commercial')).toHaveClass(/\bactive\b/);
  const imbalance = editor.finding('表三·商业企业列：一、本年新收（3）加二、上年结转（0）为 3');
  await expect(imbalance).toBeVisible();

  await editor.select('t3.disclosed.commercial');
  await page.keyboard.type('3');
  await page.keyboard.press('Tab');
  await editor.expectValue('t3.resultTotal.commercial', '3');
  await expect(imbalance).toHaveCount(0);
  await expect(editor.cell('t3.disclosed.research')).toHaveClass(/\bactive\b/);
});

test('arrows, Home/End, Ctrl+arrows and Tab move the active cell', async ({ page }) => {
  const editor = new EditorPage(page);
  const isActive = (address: string) => expect(editor.cell(address)).toHaveClass(/\bactive\b/);
  await editor.select('t3.newReceived.natural');

  await page.keyboard.press('ArrowRight');
  await isActive('t3.newReceived.commercial');
  await page.keyboard.press('ArrowDown');
  await isActive('t3.carriedOver.commercial');
  await page.keyboard.press('End');
  await isActive('t3.carriedOver.total');
  await page.keyboard.press('Home');
  await isActive('t3.carriedOver.natural');
  await page.keyboard.press('Control+ArrowDown');
  await isActive('t3.carriedForward.natural');
  await page.keyboard.press('Control+ArrowUp');
  await isActive('t3.newReceived.natural');
  await page.keyboard.press('Control+End');
  await isActive('t3.carriedForward.total');
  await page.keyboard.press('Control+Home');
  await isActive('t3.newReceived.natural');
  await page.keyboard.press('Tab');
  await isActive('t3.newReceived.commercial');
  await page.keyboard.press('Shift+Tab');
  await isActive('t3.newReceived.natural');
  await expect(editor.activeInput()).toHaveAccessibleName(
    '一、本年新收政府信息公开申请数量 自然人',
  );
});

test('each grid is one Tab stop, and Tab leaves it after its last cell', async ({ page }) => {
  const editor = new EditorPage(page);
  for (const name of [
    '二、主动公开政府信息情况',
    '三、收到和处理政府信息公开申请情况',
    '四、政府信息公开行政复议、行政诉讼情况',
  ]) {
    // A Tab stop has no role of its own: the elements that can take one are asked for by kind.
    const focusable = editor
      .gridFrame(name)
      .locator('input, button, select, textarea, a[href], [tabindex]:not([tabindex="-1"])');
    await expect(focusable).toHaveCount(1);
  }
  await editor.select('t4.suitAfterReview.total');
  await page.keyboard.press('Tab');
  await expect(
    editor.gridFrame('四、政府信息公开行政复议、行政诉讼情况').getByRole('textbox'),
  ).not.toBeFocused();
});

test('Esc then Tab leaves a grid from any cell, as the hint shown while in it says', async ({
  page,
}) => {
  const editor = new EditorPage(page);
  const table3 = editor.gridFrame('三、收到和处理政府信息公开申请情况');
  const table4 = editor.gridFrame('四、政府信息公开行政复议、行政诉讼情况');
  const hint = (frame: typeof table3) => frame.getByText('再按 Tab 离开表格');
  await expect(hint(table3)).toBeHidden();

  await editor.select('t3.withheldStateSecret.commercial');
  await expect(hint(table3)).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(editor.cell('t3.withheldStateSecret.research')).toHaveClass(/\bactive\b/);
  await page.keyboard.press('Escape');
  await page.keyboard.press('Tab');

  await expect(table3.getByRole('textbox')).not.toBeFocused();
  await expect(hint(table3)).toBeHidden();
  await expect(table4.getByRole('textbox')).toBeFocused();
  await expect(hint(table4)).toBeVisible();

  // Back in, Tab moves within the grid again until the next Esc.
  await page.keyboard.press('Shift+Tab');
  await expect(table3.getByRole('textbox')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(table3.getByRole('textbox')).toBeFocused();
});

test('F2 and Enter edit in place; Esc cancels and restores the value', async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.select('t3.newReceived.natural');
  await page.keyboard.press('F2');
  await page.keyboard.type('5');
  await expect(editor.activeInput()).toHaveValue('25');
  await page.keyboard.press('Escape');
  await expect(editor.activeInput()).toHaveValue('2');
  await editor.expectValue('t3.newReceived.natural', '2');

  await page.keyboard.press('Enter');
  await page.keyboard.type('1');
  await page.keyboard.press('Enter');
  await editor.expectValue('t3.newReceived.natural', '21');
  await expect(editor.cell('t3.carriedOver.natural')).toHaveClass(/\bactive\b/);
  await page.keyboard.press('Shift+Enter');
  await expect(editor.cell('t3.newReceived.natural')).toHaveClass(/\bactive\b/);
});

test('refuses letters, negatives and decimals with a message and keeps the previous value', async ({
  page,
}) => {
  const editor = new EditorPage(page);
  const grid = editor.grid('三、收到和处理政府信息公开申请情况');
  await editor.select('t3.carriedOver.research');
  for (const [typed, message] of [
    ['abc', '请填写非负整数'],
    ['-3', '件数不能为负数'],
    ['1.5', '件数应为整数，不能有小数'],
  ] as const) {
    await page.keyboard.type(typed);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('alert').filter({ hasText: message })).toBeVisible();
    await expect(editor.cell('t3.carriedOver.research')).toHaveClass(/\bactive\b/);
    await page.keyboard.press('Escape');
    await editor.expectValue('t3.carriedOver.research', '0');
  }
  await expect(grid).toBeVisible();
});

test('computed totals take no input', async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.select('t3.newReceived.total');
  await page.keyboard.type('9');
  await expect(
    page.getByRole('status').filter({ hasText: '这是自动计算的合计，不能填写。' }),
  ).toBeVisible();
  await editor.expectValue('t3.newReceived.total', '2');
  await expect(editor.cell('t3.newReceived.total')).toHaveAttribute('aria-readonly', 'true');
});

test('Delete clears a range picked with Shift+arrows, as one undo step', async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.select('t2.rules.issued');
  await page.keyboard.press('Shift+ArrowRight');
  await page.keyboard.press('Shift+ArrowRight');
  await page.keyboard.press('Shift+ArrowDown');
  await expect(
    editor.grid('二、主动公开政府信息情况').getByRole('gridcell', { selected: true }),
  ).toHaveCount(6);
  await page.keyboard.press('Delete');
  for (const address of ['t2.rules.issued', 't2.rules.inForce', 't2.normativeDocs.repealed']) {
    await editor.expectValue(address, '');
  }
  await expect(editor.finding('表二还有 6 个单元格未填写')).toBeVisible();
  await page.keyboard.press('Control+z');
  await editor.expectValue('t2.normativeDocs.inForce', '0');
  await expect(editor.finding('表二还有')).toHaveCount(0);
});

test('a mouse drag selects a block', async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.cell('t3.partlyDisclosed.research').scrollIntoViewIfNeeded();
  const from = await editor.cell('t3.disclosed.natural').boundingBox();
  const to = await editor.cell('t3.partlyDisclosed.research').boundingBox();
  if (!from || !to) throw new Error('cells not laid out');
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 5 });
  await page.mouse.up();
  const selected = editor
    .grid('三、收到和处理政府信息公开申请情况')
    .getByRole('gridcell', { selected: true });
  await expect(selected).toHaveCount(6);
  await expect(editor.cell('t3.partlyDisclosed.commercial')).toHaveAttribute(
    'aria-selected',
    'true',
  );
});

test('undo and redo every edit with Ctrl+Z, Ctrl+Y and Ctrl+Shift+Z', async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.select('t4.review.upheld');
  await page.keyboard.type('5');
  await page.keyboard.press('Tab');
  await page.keyboard.type('6');
  await page.keyboard.press('Tab');
  await editor.expectValue('t4.review.total', '12');

  await page.keyboard.press('Control+z');
  await editor.expectValue('t4.review.corrected', '0');
  await page.keyboard.press('Control+z');
  await editor.expectValue('t4.review.upheld', '0');
  await editor.expectValue('t4.review.total', '1');
  await page.keyboard.press('Control+y');
  await editor.expectValue('t4.review.upheld', '5');
  await page.keyboard.press('Control+Shift+Z');
  await editor.expectValue('t4.review.corrected', '6');
  await page.getByRole('button', { name: /^撤销/ }).click();
  await editor.expectValue('t4.review.corrected', '0');
});
