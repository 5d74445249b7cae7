import { describe, expect, it } from 'vitest';
import { t2 } from '../../model/form/cells.ts';
import { table2Blocks, table2RowHeader } from '../../model/form/table2.ts';
import type { Report } from '../../model/report.ts';
import { withCells, zeroReport } from '../../testing/reports.ts';
import { createRenderContext } from './context.ts';
import type { Element } from './element.ts';
import { renderTable2 } from './table2.ts';
import {
  at,
  byTag,
  findAll,
  layOutTable,
  plainTextOf,
  rowWidths,
  spanOf,
} from '../../testing/html.ts';

const contextOf = (report: Report) => createRenderContext(report, { flavour: 'clean' });
const cellText = (table: Element, address: string) =>
  findAll(table, (e) => e.attributes['data-cell'] === address).map(plainTextOf);

describe('table 二 as printed', () => {
  const table = renderTable2(contextOf(zeroReport()));
  const blocks = findAll(table, byTag('tbody'));

  it('has the four blocks of 第二十条, each opened by its title across all four columns', () => {
    expect(blocks).toHaveLength(4);
    blocks.forEach((block, i) => {
      const rows = findAll(block, byTag('tr'));
      const title = at(findAll(at(rows, 0), byTag('th')), 0);
      expect(plainTextOf(title)).toBe(at(table2Blocks, i).label);
      expect(spanOf(title, 'colspan')).toBe(4);
      expect(plainTextOf(at(findAll(at(rows, 1), byTag('th')), 0))).toBe(table2RowHeader);
    });
  });

  it('covers four columns in every row', () => {
    const grid = layOutTable(table);
    expect(grid.overlaps).toBe(0);
    expect(new Set(rowWidths(grid))).toEqual(new Set([4]));
  });

  it.each(['本年处理决定数量', '本年收费金额（单位：万元）'])(
    'lets the one column %s span the three data columns',
    (label) => {
      for (const cell of findAll(table, (e) => e.tag === 'th' && plainTextOf(e) === label)) {
        expect(spanOf(cell, 'colspan')).toBe(3);
      }
    },
  );

  it('prints the fee amount exactly as stored and counts as entered', () => {
    const report = withCells(zeroReport(), {
      [t2('fees', 'amount')]: '12.345678',
      [t2('normativeDocs', 'inForce')]: 37,
      [t2('rules', 'issued')]: '/',
    });
    const printed = renderTable2(contextOf(report));

    expect(cellText(printed, 't2.fees.amount')).toEqual(['12.345678']);
    expect(cellText(printed, 't2.normativeDocs.inForce')).toEqual(['37']);
    expect(cellText(printed, 't2.rules.issued')).toEqual(['/']);
  });
});
