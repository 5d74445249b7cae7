// The editor at the screen sizes offices have (1440×900 and 1280×720), editing and reviewing:
// table 三's labels stay whole words and the report keeps room for them.

import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { EditorPage } from './pages/editor.ts';
import { ReviewPage } from './pages/review.ts';

const sizes = [
  { width: 1440, height: 900 },
  { width: 1280, height: 720 },
];

/** The editor on the sample at this window size, and its table 三. */
async function openTable3At(page: Page, size: { width: number; height: number }) {
  await page.setViewportSize(size);
  const editor = new EditorPage(page);
  await editor.open();
  return { editor, table3: editor.grid('三、收到和处理政府信息公开申请情况') };
}

for (const size of sizes) {
  test(`at ${size.width}×${size.height}, table 三 keeps （三）不予公开 whole, editing and reviewing`, async ({
    page,
  }) => {
    const { table3 } = await openTable3At(page, size);
    const widths: number[] = [];

    for (const mode of ['editing', 'reviewing']) {
      if (mode === 'reviewing') await new ReviewPage(page).toggleReviewerMode();
      for (const words of ['不予公开', '无法提供', '不予处理']) {
        const label = table3
          .getByRole('rowheader', { name: `（三）${words}` })
          .or(table3.getByRole('rowheader', { name: new RegExp(`^（[四五]）${words}$`) }));
        // One line, inside its cell: the words are never split across lines nor cut off.
        const fit = await label.evaluate((cell) => {
          const range = document.createRange();
          const text = [...cell.childNodes].at(-1);
          if (!text) return { lines: 0, inside: false };
          range.selectNodeContents(text);
          const lines = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));
          const box = cell.getBoundingClientRect();
          return { lines: lines.size, inside: range.getBoundingClientRect().right <= box.right };
        });
        expect(fit, `${words} in ${mode}`).toEqual({ lines: 1, inside: true });
      }
      widths.push((await table3.boundingBox())?.width ?? 0);
    }
    // The reviewer's findings column comes first, yet the report keeps room for its labels
    // (575 px at 1280 before the section list gave way).
    const [editing = 0, reviewing = 0] = widths;
    expect(editing).toBeGreaterThanOrEqual(540);
    expect(reviewing).toBeGreaterThanOrEqual(640);
  });
}

test('the library looks like the editor: names read as titles, dialog fields styled', async ({
  page,
}) => {
  await page.setViewportSize(sizes[1] ?? { width: 1280, height: 720 });
  await new EditorPage(page).open();
  await page.goto('/');
  const name = page.getByRole('link', { name: '牡丹江经济技术开发区管理委员会' });
  const ink = await page.locator('body').evaluate((body) => getComputedStyle(body).color);
  await expect(name).toHaveCSS('color', ink);
  await expect(name).toHaveCSS('text-decoration-line', 'none');

  await page.getByRole('button', { name: '新建报告' }).click();
  const dialog = page.getByRole('dialog', { name: '新建报告' });
  for (const field of [dialog.getByLabel('机关名称'), dialog.getByLabel('年度')]) {
    await expect(field).toHaveCSS('border-radius', '4px');
    await expect(field).toHaveCSS('padding-left', '10px');
    await expect(field).toHaveCSS('font-size', '16px');
  }
});

// A 1024×768 screen, and a 1280×720 one zoomed to 200 % (640×360 CSS pixels): before the layout
// gave way there, the section list and the findings kept their widths and left table 三 about 300
// px at 1024 (its row labels one character a line) and nothing at 640, under the findings panel.
const narrowSizes = [
  { width: 1024, height: 768 },
  { width: 640, height: 360 },
];

for (const size of narrowSizes) {
  test(`at ${size.width}×${size.height}, table 三's rows read on one line and nothing overlaps, editing and reviewing`, async ({
    page,
  }) => {
    const { editor, table3 } = await openTable3At(page, size);
    const report = page.getByRole('main');
    const findings = editor.findings();

    for (const mode of ['editing', 'reviewing']) {
      if (mode === 'reviewing') await new ReviewPage(page).toggleReviewerMode();
      const label = table3.getByRole('rowheader', { name: '1.属于国家秘密' });
      const lines = await label.evaluate((cell) => {
        const range = document.createRange();
        range.selectNodeContents(cell);
        return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size;
      });
      expect(lines, `1.属于国家秘密 in ${mode}`).toBe(1);

      const [main, side] = [await report.boundingBox(), await findings.boundingBox()];
      const overlaps =
        main !== null &&
        side !== null &&
        main.x < side.x + side.width &&
        side.x < main.x + main.width &&
        main.y < side.y + side.height &&
        side.y < main.y + main.height;
      expect(overlaps, `the findings cover the report in ${mode}`).toBe(false);
      const sideways = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(sideways, `the page scrolls sideways in ${mode}`).toBe(0);
    }
  });
}
