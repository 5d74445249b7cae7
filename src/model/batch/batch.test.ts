import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { withCells, zeroReport } from '../../testing/reports.ts';
import { importReportText } from '../import/importReport.ts';
import type { Report } from '../report.ts';
import { checkBatch } from './batch.ts';

const entry = (source: string, report: Report) => ({
  source,
  report,
  readAs: 'json',
  importFindings: [],
});
const agency = (name: string, year: number, carried: number) => {
  const report = withCells(zeroReport(), { 't3.carriedOver.natural': carried });
  return { ...report, header: { ...report.header, agencyName: name, year } };
};

describe('checkBatch', () => {
  it('pairs each report with its agency’s report of the year before and runs X-CARRY', () => {
    // 2023's reports carried nothing forward; 2024's 教育局 says it carried 2 over.
    const rows = checkBatch(
      [
        entry('a.json', agency('某区教育局', 2024, 2)),
        entry('b.json', agency('某区财政局', 2024, 0)),
      ],
      [
        entry('a-2023.json', agency('某区教育局', 2023, 0)),
        entry('x.json', agency('某区财政局', 2022, 0)),
      ],
    );
    expect(rows.map((row) => row.prior)).toEqual(['a-2023.json', undefined]);
    expect(rows[0]?.findings.some((f) => f.rule === 'X-CARRY')).toBe(true);
    expect(rows[1]?.findings.some((f) => f.rule === 'X-CARRY')).toBe(false);
  });

  it('counts each report’s findings by severity', () => {
    const [row] = checkBatch([entry('a.json', agency('某区教育局', 2024, 2))]);
    const errors = row?.findings.filter((f) => f.severity === 'error').length;
    expect(row?.counts.error).toBe(errors);
    expect(errors).toBeGreaterThan(0);
  });

  it('names a header field a published report lacks once, as the importer did, not again as C-BLANK', () => {
    const text = readFileSync(
      new URL('../import/fixtures/mudanjiang-edz-2024.txt', import.meta.url),
      'utf8',
    );
    // The sample states its agency and date; drop the date as many published copies do.
    const imported = importReportText(text.replace('2025 年 1 月 10 日', ''));
    if (!imported.ok) throw new Error(imported.message);
    const [row] = checkBatch([
      { ...entry('sample.txt', imported.report), importFindings: imported.findings },
    ]);
    const naming = (cell: string) =>
      row?.findings.filter((finding) => finding.cells.includes(cell)).map((f) => f.rule);
    expect(naming('header.category')).toEqual(['I-HEADER']);
    expect(naming('header.publishDate')).toEqual(['I-HEADER']);
  });

  it('keeps C-BLANK for a report file, where no importer spoke', () => {
    const blank = { ...zeroReport(), header: { ...zeroReport().header, category: null } };
    const [row] = checkBatch([entry('a.json', blank)]);
    expect(row?.findings.find((f) => f.cells.includes('header.category'))?.rule).toBe('C-BLANK');
  });
});
