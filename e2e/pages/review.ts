// A page model of the review tools: the bar under the top bar, the findings' statuses and threads,
// and the 定稿 / 重新打开 / 对比上年 dialogs.

import type { Locator, Page } from '@playwright/test';
import { statusLabels } from '../../src/model/review/schema.ts';

/** A status badge says exactly one of the statuses; a thread's lines say more around them. */
const statusText = new RegExp(`^(${Object.values(statusLabels).join('|')})$`);

export class ReviewPage {
  constructor(readonly page: Page) {}

  bar(): Locator {
    return this.page.getByRole('region', { name: '审核' });
  }

  dialog(name: string): Locator {
    return this.page.getByRole('dialog', { name });
  }

  /** The panel's entry of a finding (the one whose button names it): its status and thread. */
  item(text: string | RegExp): Locator {
    return this.page
      .getByRole('region', { name: '检查结果' })
      .getByRole('listitem')
      .filter({ has: this.page.getByRole('button', { name: text }) });
  }

  status(text: string | RegExp): Locator {
    return this.statuses(this.item(text));
  }

  /** The status badges within a part of the page. */
  statuses(within: Locator): Locator {
    return within.getByText(statusText);
  }

  /** The comments under a finding. */
  thread(text: string | RegExp): Locator {
    return this.item(text).getByRole('list', { name: '意见' });
  }

  /** Opens or closes a finding's thread and review form, as a click on its status line does. */
  async toggle(finding: string | RegExp) {
    // The line reads 处理, or 意见（n） once there are comments, after the status.
    await this.item(finding)
      .getByText(/^(处理|意见（\d+）)$/)
      .click();
  }

  /** Opens a finding's review form, writes `words` and presses `action` (提交说明, 确认, 驳回 …). */
  async act(finding: string | RegExp, action: string, words = '') {
    const item = this.item(finding);
    const form = item.getByRole('textbox');
    if (!(await form.isVisible())) await this.toggle(finding);
    await form.fill(words);
    await item.getByRole('button', { name: action, exact: true }).click();
  }

  /** Answers the name question the first review action asks in a browser. */
  async giveName(name: string) {
    const dialog = this.dialog('您的姓名');
    await dialog.getByLabel('姓名').fill(name);
    await dialog.getByRole('button', { name: '确定' }).click();
  }

  async toggleReviewerMode() {
    await this.bar().getByRole('button', { name: '审核模式' }).click();
  }
}
