import { describe, expect, it } from 'vitest';
import { withCells, zeroReport } from '../../testing/reports.ts';
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
});
