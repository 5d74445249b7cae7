import { describe, expect, it } from 'vitest';
import { t4 } from '../../model/form/cells.ts';
import { table4Outcomes } from '../../model/form/table4.ts';
import type { Report } from '../../model/report.ts';
import { withCells, zeroReport } from '../../testing/reports.ts';
import { createRenderContext } from './context.ts';
import type { Element } from './element.ts';
import { renderTable4 } from './table4.ts';
import {
  at,
  byTag,
  findAll,
  findByText,
  layOutTable,
  plainTextOf,
  rowWidths,
  spanOf,
} from '../../testing/html.ts';

const contextOf = (report: Report) => createRenderContext(report, { flavour: 'clean' });
const cellText = (table: Element, address: string) =>
  findAll(table, (e) => e.attributes['data-cell'] === address).map(plainTextOf);

describe('table 四 as printed', () => {
  const report = withCells(zeroReport(), {
    [t4('review', 'corrected')]: 2,
    [t4('review', 'pending')]: 1,
    [t4('suitAfterReview', 'upheld')]: 4,
  });
  const table = renderTable4(contextOf(report));

  it('groups the header as 行政复议 5 | 行政诉讼 10 › 未经复议直接起诉 5 | 复议后起诉 5', () => {
    expect(spanOf(findByText(table, 'th', '行政复议'), 'colspan')).toBe(5);
    expect(spanOf(findByText(table, 'th', '行政诉讼'), 'colspan')).toBe(10);
    expect(spanOf(findByText(table, 'th', '未经复议直接起诉'), 'colspan')).toBe(5);
    expect(spanOf(findByText(table, 'th', '复议后起诉'), 'colspan')).toBe(5);
  });

  it('merges the outcomes under 行政复议 down two rows and repeats them under each kind of suit', () => {
    for (const outcome of table4Outcomes) {
      const cells = findAll(table, (e) => e.tag === 'th' && plainTextOf(e) === outcome.label);
      expect(cells.map((cell) => spanOf(cell, 'rowspan'))).toEqual([2, 1, 1]);
    }
  });

  it('has three header rows and one data row of fifteen cells, all fifteen columns wide', () => {
    const rows = findAll(table, byTag('tr'));
    const grid = layOutTable(table);

    expect(rows).toHaveLength(4);
    expect(findAll(at(rows, 3), byTag('td'))).toHaveLength(15);
    expect(grid.overlaps).toBe(0);
    expect(new Set(rowWidths(grid))).toEqual(new Set([15]));
  });

  it('fills each 总计 with the computed sum', () => {
    expect(cellText(table, 't4.review.total')).toEqual(['3']);
    expect(cellText(table, 't4.directSuit.total')).toEqual(['0']);
    expect(cellText(table, 't4.suitAfterReview.total')).toEqual(['4']);
  });
});
