// What every rule reads, computed once per check, and the one way rules build a finding.

import type { CellAddress } from '../form/cells.ts';
import type { Report } from '../report.ts';
import type { Total, Totals } from '../totals.ts';
import { countOf } from '../values.ts';
import { ruleCatalogue, type RuleId } from './catalogue.ts';
import type { Finding, FindingSection, Quote, Severity } from './finding.ts';

export type Stage = 'draft' | 'final';

export interface CheckContext {
  readonly report: Report;
  readonly totals: Totals;
  readonly prior: { readonly report: Report; readonly totals: Totals } | undefined;
  readonly stage: Stage;
}

export type Rule = (context: CheckContext) => Finding[];

interface FindingInput {
  readonly section: FindingSection;
  readonly cells: readonly string[];
  readonly left?: number | string | null;
  readonly right?: number | string | null;
  readonly message: string;
  readonly severity?: Severity;
  readonly quote?: Quote;
  readonly repeats?: readonly string[];
}

export function finding(rule: RuleId, input: FindingInput): Finding {
  const left = input.left ?? null;
  const right = input.right ?? null;
  return {
    rule,
    severity: input.severity ?? ruleCatalogue[rule].severity,
    section: input.section,
    cells: [...input.cells],
    left,
    right,
    difference: typeof left === 'number' && typeof right === 'number' ? left - right : null,
    message: input.message,
    // Only when given: findings without a quote keep the shape they always had.
    ...(input.quote && { quote: input.quote }),
    ...(input.repeats && { repeats: [...input.repeats] }),
  };
}

export function showDifference(left: number, right: number): string {
  return `相差 ${Math.abs(left - right)}`;
}

/** What a reader sees in a count cell: the entered count, or the computed total for a total cell. */
export function countAt(
  source: { readonly report: Report; readonly totals: Totals },
  address: CellAddress,
): Total {
  return source.totals.cells.has(address)
    ? (source.totals.cells.get(address) ?? null)
    : countOf(source.report.cells[address]);
}
