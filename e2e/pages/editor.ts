// A page model of the editor: how a person finds things on it, by role, label and cell address.

import type { Locator, Page } from '@playwright/test';

export class EditorPage {
  constructor(readonly page: Page) {}

  /** The sample report in the editor: a fresh browser context starts with an empty library. */
  async open() {
    await this.page.goto('/');
    await this.page.getByRole('button', { name: '从示例新建' }).click();
    await this.page.getByRole('heading', { level: 1, name: /政府信息公开工作年度报告$/ }).waitFor();
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

  /** Types a value into a cell and commits it, as a user would. */
  async enter(address: string, value: string) {
    await this.select(address);
    await this.page.keyboard.type(value);
    await this.page.keyboard.press('Enter');
  }

  /** 保存中 / 已保存（HH:MM:SS） / 保存失败 / 只读, in the top bar. */
  saveStatus(): Locator {
    return this.page.getByRole('banner').getByRole('status');
  }

  /** Waits until every edit so far is stored. */
  async waitUntilSaved() {
    await this.saveStatus()
      .filter({ hasText: /^已保存（\d\d:\d\d:\d\d）$/ })
      .waitFor();
  }

  findings(): Locator {
    return this.page.getByRole('region', { name: '检查结果' });
  }

  finding(text: string | RegExp): Locator {
    return this.findings().getByRole('button').filter({ hasText: text });
  }

  /**
   * The passages findings quote, as marked behind a narrative field given by its address
   * (s1.requestDisclosure, s5.text …). The marks are hidden from assistive technology: the
   * finding's message, which the field's description carries, quotes the same words.
   */
  passages(place: string): Locator {
    return this.page.locator(`.form-textarea-frame:has(> [id="field-${place}"]) mark`);
  }

  /** The text selected in a field, as the user would copy it. */
  async selectedText(field: Locator): Promise<string> {
    return field.evaluate((element) => {
      if (!(element instanceof HTMLTextAreaElement || element instanceof HTMLInputElement)) {
        return '';
      }
      const { value, selectionStart, selectionEnd } = element;
      return value.slice(selectionStart ?? 0, selectionEnd ?? 0);
    });
  }
}
