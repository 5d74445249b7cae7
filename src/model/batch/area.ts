// The 汇总 of a batch: the reports of the year most of them are for, summed into one area report
// and checked by the same rules. Shared by `nianbao batch`/`rollup` and the app's 批量审核.

import { checkReport } from '../check.ts';
import type { BatchRow } from './batch.ts';
import { rollUp } from './rollup.ts';

/** The area's year: the one most of the reports are for. */
function commonYear(rows: readonly BatchRow[]): number | undefined {
  const counts = new Map<number, number>();
  for (const { entry } of rows) {
    const year = entry.report.header.year;
    counts.set(year, (counts.get(year) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]?.[0];
}

export function rollUpRows(rows: readonly BatchRow[], agencyName: string) {
  const year = commonYear(rows);
  if (year === undefined) return undefined;
  const sources = rows
    .filter((row) => row.entry.report.header.year === year)
    .map((row) => ({
      name: row.entry.report.header.agencyName.trim() || row.entry.source,
      report: row.entry.report,
      hasErrors: row.counts.error > 0,
    }));
  const area = rollUp(sources, { agencyName, year });
  return { area, findings: checkReport(area.report), reports: sources.length };
}
