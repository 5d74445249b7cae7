// A page model of 报告库, the home view: reports by row, the dialogs, the trash, files in.

import type { Locator, Page } from '@playwright/test';

export class LibraryPage {
  constructor(readonly page: Page) {}

  async open() {
    await this.page.goto('/');
    await this.heading().waitFor();
  }

  heading(): Locator {
    return this.page.getByRole('heading', { level: 1, name: '报告库' });
  }

  /** The editor's title: every report's ends with 年度报告. */
  editorHeading(): Locator {
    return this.page.getByRole('heading', { level: 1, name: /政府信息公开工作年度报告$/ });
  }

  /** The library's list of reports (not the trash). */
  reports(): Locator {
    return this.page.getByRole('table', { name: '报告' });
  }

  /** A report's row, by any text it shows (机关名称, 年度); with none, every report's. */
  row(...texts: (string | RegExp)[]): Locator {
    // A report's row is headed by its 机关名称; the header row has column headers only.
    let row = this.reports()
      .getByRole('row')
      .filter({ has: this.page.getByRole('rowheader') });
    for (const text of texts) row = row.filter({ hasText: text });
    return row;
  }

  async createFromSample() {
    await this.page.getByRole('button', { name: '从示例新建' }).click();
    await this.editorHeading().waitFor();
  }

  async createBlank(agencyName: string, year: number) {
    await this.page.getByRole('button', { name: '新建报告' }).click();
    const dialog = this.dialog('新建报告');
    await dialog.getByLabel('机关名称').fill(agencyName);
    await dialog.getByLabel('年度').fill(String(year));
    await dialog.getByRole('button', { name: '创建' }).click();
    await this.editorHeading().waitFor();
  }

  dialog(name: string | RegExp): Locator {
    return this.page.getByRole('dialog', { name });
  }

  trash(): Locator {
    return this.page.getByRole('region', { name: '回收站' });
  }

  /** Imports a file through the picker, as a user choosing it would. */
  async importFile(name: string, text: string) {
    await this.page.getByLabel('选择要导入的 JSON 文件').setInputFiles({
      name,
      mimeType: 'application/json',
      buffer: Buffer.from(text, 'utf8'),
    });
  }

  /** The editor's link back to this view. */
  async backFromEditor() {
    await this.page.getByRole('link', { name: '← 报告库' }).click();
    await this.heading().waitFor();
  }
}
