// The same report in two tabs: one writes, the other reads, follows and takes over.

import { expect, test } from './fixtures.ts';
import { EditorPage } from './pages/editor.ts';

test('a second tab is read-only, follows the first one’s saves and takes over when it closes', async ({
  page,
  context,
}) => {
  const first = new EditorPage(page);
  await first.open();

  const secondPage = await context.newPage();
  const second = new EditorPage(secondPage);
  await secondPage.goto(page.url());
  const readOnly = secondPage.getByText('此报告已在另一个标签页中打开，本页只读');
  await expect(readOnly).toBeVisible();
  await expect(second.saveStatus()).toHaveText('只读');

  // Edits are refused here…
  await second.enter('t3.newReceived.natural', '9');
  await expect(second.value('t3.newReceived.natural')).toHaveText('2');
  await expect(
    second.gridFrame('三、收到和处理政府信息公开申请情况').getByRole('status'),
  ).toHaveText('此报告正在另一个标签页中编辑，本页只读。');
  await expect(secondPage.getByLabel('（五）监督保障')).not.toBeEditable();

  // …while the writer's saves arrive.
  await first.enter('t3.newReceived.natural', '5');
  await expect(second.value('t3.newReceived.natural')).toHaveText('5');
  await expect(first.value('t3.newReceived.natural')).toHaveText('5');

  await page.close({ runBeforeUnload: true });
  await expect(readOnly).toHaveCount(0);
  await second.enter('t3.newReceived.natural', '8');
  await expect(second.value('t3.newReceived.natural')).toHaveText('8');
  await second.waitUntilSaved();

  await secondPage.reload();
  await expect(second.value('t3.newReceived.natural')).toHaveText('8');
});
