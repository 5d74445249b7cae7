import { describe, expect, it } from 'vitest';
import { checkBatch } from '../../model/batch/batch.ts';
import { createBlankReport } from '../../model/blank.ts';
import { sampleReport } from '../../sample/mudanjiang2024.ts';
import { visibleRows } from './batchTable.ts';

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
});
