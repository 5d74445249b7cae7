import { describe, expect, it } from 'vitest';
import { checkBatch } from '../../model/batch/batch.ts';
import { createBlankReport } from '../../model/blank.ts';
import { sampleReport } from '../../sample/mudanjiang2024.ts';
import { pageOf, pageSize, visibleRows } from './batchTable.ts';

const entry = (source: string, report = createBlankReport(2024, source)) => ({
  source,
  report,
  readAs: 'json',
  importFindings: [],
});
const rows = checkBatch([entry('乙局'), entry('甲局', sampleReport), entry('丙局')]);
const names = (list: typeof rows) => list.map((row) => row.entry.source);

describe('the 批量审核 table', () => {
  it('sorts by errors, most first, ties in the order the files came', () => {
    expect(names(visibleRows(rows, 'all', { key: 'error', descending: true }))).toEqual([
      '甲局',
      '乙局',
      '丙局',
    ]);
  });

  it('filters to the reports with errors', () => {
    expect(names(visibleRows(rows, 'errors', { key: 'agency', descending: false }))).toEqual([
      '甲局',
    ]);
  });

  it('shows a long batch a page at a time, every row on exactly one page', () => {
    const many = Array.from({ length: 2 * pageSize + 7 }, (_, i) => i);
    const pages = [0, 1, 2].map((page) => pageOf(many, page));
    expect(pages.flatMap((page) => page.rows)).toEqual(many);
    expect(pages.map(({ from, to, pages: count }) => [from, to, count])).toEqual([
      [1, pageSize, 3],
      [pageSize + 1, 2 * pageSize, 3],
      [2 * pageSize + 1, 2 * pageSize + 7, 3],
    ]);
    // A page past the end (the filter left fewer rows) shows the last one.
    expect(pageOf(many, 9).page).toBe(2);
    expect(pageOf([], 0)).toMatchObject({ rows: [], from: 0, to: 0, pages: 1 });
  });
});
