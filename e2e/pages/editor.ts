// A page model of the editor: how a person finds things on it, by role, label and cell address.

import { expect, type Locator, type Page } from '@playwright/test';
import { getCellDef, isCellAddress } from '../../src/model/form/cells.ts';

/** A value as a cell shows it: a count, an amount in 万元, or / (not applicable). */
const figure = String.raw`(?:\d+(?:\.\d+)?|/)`;

function cellNames(address: string): string {
  if (!isCellAddress(address)) throw new Error(`no cell has the address ${address}`);
  return getCellDef(address).names.join(' ');
}

/** A cell's accessible name: its names, then its value (GridCell's aria-labelledby). */
function cellName(address: string, value: string): string {
  return value ? `${cellNames(address)} ${value}` : cellNames(address);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

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

  /**
   * The report's section that holds a grid: its heading, the grid, the grid's input and status
   * line. Each grid's section is named by a heading with the grid's own name.
   */
  gridFrame(name: string | RegExp): Locator {
    return this.page.getByRole('region', { name }).filter({ has: this.grid(name) });
  }

  /**
   * A cell by its model address (README, 单元格地址), found as a screen reader names it: the cell's
   * official row and column names from the model, then the value it shows, if any. No cell's names
   * are another's, nor another's followed by a figure (cells.test.ts), so the address finds one.
   */
  cell(address: string): Locator {
    const names = escapeRegExp(cellNames(address));
    return this.page.getByRole('gridcell', { name: new RegExp(`^${names}(?: ${figure})?$`) });
  }

  /** The cell only while it shows `value` ('' for blank). */
  cellShowing(address: string, value: string): Locator {
    return this.page.getByRole('gridcell', { name: cellName(address, value), exact: true });
  }

  /**
   * Expects a cell to show `value` (the entered value or the computed total; '' for blank). It is
   * read from the cell's name, where a screen reader hears it: the mark and the declared value a
   * sighted user sees beside it are hidden from assistive technology, which hears them in the
   * cell's description instead.
   */
  async expectValue(address: string, value: string) {
    await expect(this.cell(address)).toHaveAccessibleName(cellName(address, value));
  }

  /** 申报 n: the total a published report printed, shown where the computed one differs. */
  declared(address: string): Locator {
    return this.cell(address).getByText(/^申报 /);
  }

  /** The grid's one input, wherever the active cell is, while it has the focus. */
  activeInput(): Locator {
    return this.page
      .getByRole('region')
      .filter({ has: this.page.getByRole('grid') })
      .getByRole('textbox')
      .and(this.page.locator(':focus'));
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
   * finding's message, which the field's description carries, quotes the same words. With no
   * role or name to find them by, the backdrop they are drawn on, beside the field, is found by the
   * page's structure.
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
