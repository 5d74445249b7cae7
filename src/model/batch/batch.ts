// 批量审核: many reports checked at once, each paired with its agency's report of the year before
// when one is given, summarised one row a report.

import { checkReport } from '../check.ts';
import { isRestatedByImport } from '../import/restated.ts';
import type { Report } from '../report.ts';
import { severities, type Finding, type Severity } from '../rules/finding.ts';
import { agencyKey } from './roster.ts';

/** A checker's finding, or an importer's (I-*): what the batch lists of either. */
export type BatchFinding = Pick<Finding, 'severity' | 'section' | 'cells' | 'message'> & {
  readonly rule: string;
};

/** A report as read from one file, and how: parsed (JSON) or imported (text, web page, …). */
export interface BatchEntry {
  readonly source: string;
  readonly report: Report;
  /** 'json', or the imported format: 'text', 'html', 'pdf', 'docx', 'xlsx'. */
  readonly readAs: string;
  /** What the importer had to decide (its I-* findings); none for a report file. */
  readonly importFindings: readonly BatchFinding[];
}

export interface BatchRow {
  readonly entry: BatchEntry;
  /** Findings of the report, cross-year ones included when its prior was found. */
  readonly findings: readonly BatchFinding[];
  readonly counts: Readonly<Record<Severity, number>>;
  /** The file of last year's report it was checked against, if any. */
  readonly prior: string | undefined;
  readonly finalised: boolean;
}

const pairKey = (report: Report, year: number) => `${agencyKey(report.header.agencyName)}|${year}`;

/** Last year's reports by agency: the one of the same agency and the year before. */
export function priorIndex(priors: readonly BatchEntry[]): ReadonlyMap<string, BatchEntry> {
  const index = new Map<string, BatchEntry>();
  for (const prior of priors) {
    const key = pairKey(prior.report, prior.report.header.year);
    // The first of two for one agency and year wins; the roster check names such duplicates.
    if (!index.has(key)) index.set(key, prior);
  }
  return index;
}

export function checkEntry(entry: BatchEntry, priors: ReadonlyMap<string, BatchEntry>): BatchRow {
  const prior = priors.get(pairKey(entry.report, entry.report.header.year - 1));
  const findings = [
    ...entry.importFindings,
    ...checkReport(entry.report, { prior: prior?.report }).filter(
      (finding) => !isRestatedByImport(finding, entry.importFindings),
    ),
  ];
  const counts = { error: 0, warning: 0, info: 0 };
  for (const finding of findings) counts[finding.severity] += 1;
  return {
    entry,
    findings,
    counts,
    prior: prior?.source,
    finalised: entry.report.review.finalised !== null,
  };
}

export function checkBatch(
  entries: readonly BatchEntry[],
  priors: readonly BatchEntry[] = [],
): BatchRow[] {
  const index = priorIndex(priors);
  return entries.map((entry) => checkEntry(entry, index));
}

/** Errors, warnings and 提示 over a batch, in severity order. */
export function batchCounts(rows: readonly BatchRow[]): Record<Severity, number> {
  const total = { error: 0, warning: 0, info: 0 };
  for (const row of rows) for (const s of severities) total[s] += row.counts[s];
  return total;
}
