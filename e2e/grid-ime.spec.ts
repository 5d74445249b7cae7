// Chinese input methods: a composition starts editing without losing its first keystroke, and
// the Enter that picks a candidate belongs to the IME, not to the grid; a click elsewhere ends it in
// the cell it was typed in.

import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { EditorPage } from './pages/editor.ts';

/** The sample open with `address` selected, and the DevTools session an IME is driven through. */
async function composeIn(page: Page, address: string) {
  const editor = new EditorPage(page);
  await editor.open();
  const cdp = await page.context().newCDPSession(page);
  await editor.select(address);
  return { editor, cdp };
}

test('composing in a cell keeps every keystroke and ignores the candidate-picking Enter', async ({
  page,
}) => {
  const { editor, cdp } = await composeIn(page, 't3.carriedOver.natural');

  // Full-width digits typed through a Chinese IME, the first keystroke opening the composition.
  await cdp.send('Input.imeSetComposition', { text: '１', selectionStart: 1, selectionEnd: 1 });
  await expect(editor.activeInput()).toHaveValue('１');
  await cdp.send('Input.imeSetComposition', { text: '１２', selectionStart: 2, selectionEnd: 2 });
  // The Enter that confirms the candidate arrives while still composing.
  await editor
    .activeInput()
    .dispatchEvent('keydown', { key: 'Enter', isComposing: true, bubbles: true });
  await cdp.send('Input.insertText', { text: '１２' });

  await expect(editor.activeInput()).toHaveValue('１２');
  await expect(editor.cell('t3.carriedOver.natural')).toHaveClass(/\bactive\b/);
  await editor.expectValue('t3.carriedOver.natural', '0');

  await page.keyboard.press('Enter');
  await editor.expectValue('t3.carriedOver.natural', '12');
  await expect(editor.cell('t3.disclosed.natural')).toHaveClass(/\bactive\b/);
});

test('pinyin that becomes words in a count cell is refused, not half-kept', async ({ page }) => {
  const { editor, cdp } = await composeIn(page, 't4.review.pending');
  for (const text of ['s', 'sh', 'shi']) {
    await cdp.send('Input.imeSetComposition', {
      text,
      selectionStart: text.length,
      selectionEnd: text.length,
    });
  }
  await cdp.send('Input.insertText', { text: '十' });
  await expect(editor.activeInput()).toHaveValue('十');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert')).toContainText('请填写非负整数');
  await page.keyboard.press('Escape');
  await editor.expectValue('t4.review.pending', '0');
});

test('clicking another cell mid-composition ends the composition in the cell it was typed in', async ({
  page,
}) => {
  const { editor, cdp } = await composeIn(page, 't3.carriedOver.natural');
  await editor.activeInput().evaluate((input) => {
    input.addEventListener('compositionend', () => input.setAttribute('data-composition', 'ended'));
  });
  await cdp.send('Input.imeSetComposition', { text: '１２', selectionStart: 2, selectionEnd: 2 });
  await expect(editor.activeInput()).toHaveValue('１２');

  // The click lands while the candidate window is still open.
  await editor.cell('t3.disclosed.natural').click();

  // Before, the composition went on in the grid's input, now over the clicked cell, so the IME's
  // confirmation typed the same figure there too.
  await expect(editor.activeInput()).toHaveAttribute('data-composition', 'ended');
  await editor.expectValue('t3.carriedOver.natural', '12');
  await expect(editor.cell('t3.disclosed.natural')).toHaveClass(/\bactive\b/);
  await expect(editor.activeInput()).toBeFocused();
  await expect(editor.activeInput()).not.toHaveValue('１２');
});
