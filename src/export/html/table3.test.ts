import { describe, expect, it } from 'vitest';
import { createBlankReport } from '../../model/blank.ts';
import { t3 } from '../../model/form/cells.ts';
import { table3BalanceNote, table3Groups, type Table3Layout } from '../../model/form/table3.ts';
import type { Report } from '../../model/report.ts';
import { computeTotals } from '../../model/totals.ts';
import { sampleReport } from '../../sample/mudanjiang2024.ts';
import { withCells, zeroReport } from '../../testing/reports.ts';
import { createRenderContext } from './context.ts';
import { renderTable3 } from './table3.ts';
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

const table3Of = (report: Report) =>
  renderTable3(createRenderContext(report, { flavour: 'clean' }));

const reportIn = (layout: Table3Layout): Report => ({ ...zeroReport(), table3Layout: layout });

const cellAt = (report: Report, address: string) => {
  const found = findAll(table3Of(report), (e) => e.attributes['data-cell'] === address);
  expect(found).toHaveLength(1);
  return plainTextOf(at(found, 0));
};

describe('table 三 as printed', () => {
  it.each([
    ['2021', 22, 28],
    ['2019', 20, 26],
  ] as const)(
    'merges 三、本年度办理结果 over its %s rows: %i, in a table of %i rows',
    (layout, span, rows) => {
      const table = table3Of(reportIn(layout));

      expect(spanOf(findByText(table, 'th', table3Groups.results), 'rowspan')).toBe(span);
      expect(findAll(table, byTag('tr'))).toHaveLength(rows);
    },
  );

  it.each(['2021', '2019'] as const)(
    'covers exactly ten columns in every row of the %s layout, with no cell overlapping another',
    (layout) => {
      const grid = layOutTable(table3Of(reportIn(layout)));

      expect(grid.overlaps).toBe(0);
      expect(new Set(rowWidths(grid))).toEqual(new Set([10]));
    },
  );

  it.each([
    [table3Groups.withheld, 8],
    [table3Groups.unavailable, 3],
    [table3Groups.notProcessed, 5],
    [table3Groups.otherHandling, 3],
  ])('merges %s over its %i sub-items in the 2021 layout', (label, span) => {
    const cell = findByText(table3Of(reportIn('2021')), 'th', label);

    expect(spanOf(cell, 'rowspan')).toBe(span);
    expect(spanOf(cell, 'colspan')).toBe(1);
  });

  it('prints （六）其他处理 of the 2019 layout as one row across the second and third columns', () => {
    const cell = findByText(table3Of(reportIn('2019')), 'th', table3Groups.otherHandling);

    expect(spanOf(cell, 'rowspan')).toBe(1);
    expect(spanOf(cell, 'colspan')).toBe(2);
  });

  it.each([
    ['一、本年新收政府信息公开申请数量', 3],
    ['二、上年结转政府信息公开申请数量', 3],
    ['四、结转下年度继续办理', 3],
    ['（一）予以公开', 2],
    ['（二）部分公开（区分处理的，只计这一情形，不计其他情形）', 2],
    ['（七）总计', 2],
    ['1.属于国家秘密', 1],
  ])('lets the row label %s span %i label columns', (label, span) => {
    expect(spanOf(findByText(table3Of(reportIn('2021')), 'th', label), 'colspan')).toBe(span);
  });

  it('heads the table with the balance note in its 3 × 3 corner and the applicant groups', () => {
    const table = table3Of(reportIn('2021'));
    const corner = findByText(table, 'th', table3BalanceNote);
    const head = at(findAll(table, byTag('thead')), 0);

    expect([spanOf(corner, 'rowspan'), spanOf(corner, 'colspan')]).toEqual([3, 3]);
    expect(spanOf(findByText(table, 'th', '申请人情况'), 'colspan')).toBe(7);
    expect(spanOf(findByText(table, 'th', '法人或其他组织'), 'colspan')).toBe(5);
    expect(spanOf(findByText(table, 'th', '自然人'), 'rowspan')).toBe(2);
    expect(spanOf(findByText(table, 'th', '总计'), 'rowspan')).toBe(2);
    expect(findAll(head, byTag('tr'))).toHaveLength(3);
  });

  it('fills the 总计 column and the （七）总计 row with the computed totals, not the printed ones', () => {
    const totals = computeTotals(sampleReport);

    for (const address of [
      t3('newReceived', 'total'),
      t3('resultTotal', 'natural'),
      t3('resultTotal', 'total'),
    ]) {
      expect(cellAt(sampleReport, address)).toBe(String(totals.cells.get(address)));
    }
    // The sample printed 1 here; its results add up to 2.
    expect(cellAt(sampleReport, t3('resultTotal', 'natural'))).toBe('2');
  });

  it('prints "/" where a cell is marked not applicable and leaves blank cells and totals empty', () => {
    const report = withCells(createBlankReport(2024, '某局'), {
      [t3('newReceived', 'research')]: '/',
      [t3('newReceived', 'natural')]: 3,
    });

    expect(cellAt(report, t3('newReceived', 'research'))).toBe('/');
    expect(cellAt(report, t3('newReceived', 'total'))).toBe('3');
    expect(cellAt(report, t3('carriedOver', 'natural'))).toBe('');
    expect(cellAt(report, t3('carriedOver', 'total'))).toBe('');
  });
});
