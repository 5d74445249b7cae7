import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures.ts';
import { EditorPage } from './pages/editor.ts';

test('the editor has no serious or critical accessibility violation', async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.open();
  await editor.select('t3.disclosed.natural');
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.id}: ${violation.help} (${violation.nodes.length} nodes, e.g. ${violation.nodes[0]?.target.join(' ')})`,
    );
  expect(serious).toEqual([]);
});
