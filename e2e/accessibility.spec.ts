import AxeBuilder from '@axe-core/playwright';
import type { AxeResults } from 'axe-core';
import { expect, test } from './fixtures.ts';
import { EditorPage } from './pages/editor.ts';
import { ReviewPage } from './pages/review.ts';

const seriousOnes = (results: AxeResults) =>
  results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.id}: ${violation.help} (${violation.nodes.length} nodes, e.g. ${violation.nodes[0]?.target.join(' ')})`,
    );

test('the editor has no serious or critical accessibility violation', async ({ page }) => {
  // axe walks every cell of three grids and every finding: slow on a busy 2-core machine.
  test.setTimeout(120_000);
  const editor = new EditorPage(page);
  await editor.open();
  await editor.select('t3.disclosed.natural');
  expect(seriousOnes(await new AxeBuilder({ page }).analyze())).toEqual([]);

  // Reviewer mode with a finding's thread and form open.
  const review = new ReviewPage(page);
  await review.toggleReviewerMode();
  await review.toggle(/表三·自然人列：（七）总计/);
  const side = await new AxeBuilder({ page }).include('.side').include('.review-bar').analyze();
  expect(seriousOnes(side)).toEqual([]);
});
