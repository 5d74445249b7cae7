// A published report never states its 机关类别, and may lack its agency's name or its date. The
// importer says so for each such field (I-HEADER, with why it matters) and the checker says it
// again for all of them at once (C-BLANK). Where both are listed together — a row of 批量审核,
// `nianbao check` on a published text — the checker's adds nothing, and counted twice it made every
// imported report one 提示 worse than it is. Once the checker ranks a blank higher (an error when
// the report is to be finalised), it says more than the importer's 提示 and stays.

import { severities, type Severity } from '../rules/finding.ts';

interface Named {
  readonly rule: string;
  readonly severity: Severity;
  readonly cells: readonly string[];
}

const rank = (severity: Severity) => severities.indexOf(severity);

/** Whether `finding` only restates, no more severely, header fields the importer already named. */
export function isRestatedByImport(finding: Named, importFindings: readonly Named[]): boolean {
  if (finding.rule !== 'C-BLANK' || finding.cells.length === 0) return false;
  const named = importFindings.filter(
    (found) => found.rule === 'I-HEADER' && rank(found.severity) <= rank(finding.severity),
  );
  return finding.cells.every((cell) => named.some((found) => found.cells.includes(cell)));
}
