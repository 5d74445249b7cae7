// Table 三's 总计 column adds up the six applicant columns, so a figure wrong in one of them is
// wrong again in 总计. A rule run per column would report it twice; this keeps it to one finding.

import type { Finding } from './finding.ts';

/**
 * The applicant columns' findings, and the 总计 column's only where it says something they do
 * not: when it is out by exactly their differences added up, it is dropped and the first of them
 * names it instead (the dropped finding's cells stay out of the kept one, whose stored
 * annotations are keyed by its own cells).
 */
export function foldTotalColumn(
  applicants: readonly Finding[],
  total: Finding | null,
  describeEcho: (total: Finding) => string,
): Finding[] {
  const [first, ...rest] = applicants;
  if (!total) return [...applicants];
  const carried = applicants.reduce((sum, finding) => sum + (finding.difference ?? 0), 0);
  if (!first || total.difference === null || carried !== total.difference) {
    return [...applicants, total];
  }
  return [{ ...first, message: `${first.message}${describeEcho(total)}` }, ...rest];
}
