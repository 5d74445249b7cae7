// A page model of the editor: how a person finds things on it, by role, label and cell address.

import type { Locator, Page } from '@playwright/test';

export class EditorPage {
  constructor(readonly page: Page) {}

  async open() {
    await this.page.goto('/');
    await this.page.getByRole('heading', { level: 1 }).waitFor();
  }

  grid(name: string | RegExp): Locator {
    return this.page.getByRole('grid', { name });
  }

  /** A grid with its input and status line: everything that belongs to it on the page. */
  gridFrame(name: string | RegExp): Locator {
    return this.page.locator('.grid-frame').filter({ has: this.grid(name) });
  }

  /** A cell by its model address (README, 单元格地址). */
  cell(address: string): Locator {
    return this.page.locator(`[role="gridcell"][data-cell="${address}"]`);
  }

  /** What a cell shows (the entered value or the computed total). */
  value(address: string): Locator {
    return this.cell(address).locator('.cell-value');
  }

  /** The grid's one input, wherever the active cell is. */
  activeInput(): Locator {
    return this.page.locator('input.cell-input:focus');
  }

  async select(address: string) {
    await this.cell(address).click();
  }

  findings(): Locator {
    return this.page.getByRole('region', { name: '检查结果' });
  }

  finding(text: string | RegExp): Locator {
    return this.findings().getByRole('button').filter({ hasText: text });
  }
}
