// checkReport: every rule over one report, optionally against last year's.

import { computeTotals, type Totals } from './totals.ts';
import type { Report } from './report.ts';
import {
  checkTable3Balance,
  checkTable3Results,
  checkTable3Rows,
  checkTable4Sums,
} from './rules/arithmetic.ts';
import { checkBlanks, checkNotApplicableCounts } from './rules/completeness.ts';
import type { CheckContext, Rule, Stage } from './rules/context.ts';
import { checkCarryOver, checkInForceCounts } from './rules/crossYear.ts';
import { findingSections, severities, type Finding } from './rules/finding.ts';
import {
  checkFeeStatement,
  checkLegacyLayout,
  checkOverviewLength,
  checkPublishDate,
} from './rules/format.ts';
import {
  checkFeeAmountUnit,
  checkOtherHandlingShare,
  checkRulesWithoutPower,
} from './rules/plausibility.ts';
import { checkTextFigures } from './rules/text/checkText.ts';
import { checkRepetition } from './rules/text/repetition.ts';

const rules: readonly Rule[] = [
  checkTable3Balance,
  checkTable3Results,
  checkTable3Rows,
  checkTable4Sums,
  checkBlanks,
  checkNotApplicableCounts,
  checkLegacyLayout,
  checkFeeStatement,
  checkOverviewLength,
  checkTextFigures,
  checkPublishDate,
  checkRulesWithoutPower,
  checkFeeAmountUnit,
  checkOtherHandlingShare,
  checkCarryOver,
  checkInForceCounts,
  checkRepetition,
];

export interface CheckOptions {
  /** Last year's report of the same agency, for the cross-year rules. */
  readonly prior?: Report;
  /** 'final' when the report is about to be finalised: blanks become errors. */
  readonly stage?: Stage;
  /**
   * The totals of `report` and of `prior`, when the caller has them already (the editor derives
   * them once per change, and last year's only when it is attached). They must be those reports'
   * own totals: nothing checks that they are.
   */
  readonly totals?: Totals;
  readonly priorTotals?: Totals;
}

const severityRank = (finding: Finding) => severities.indexOf(finding.severity);
const sectionRank = (finding: Finding) => findingSections.indexOf(finding.section);

/** Findings in reading order: errors first, then by section as the report prints them. */
export function checkReport(report: Report, options: CheckOptions = {}): Finding[] {
  const context: CheckContext = {
    report,
    totals: options.totals ?? computeTotals(report),
    prior: options.prior && {
      report: options.prior,
      totals: options.priorTotals ?? computeTotals(options.prior),
    },
    stage: options.stage ?? 'draft',
  };
  return rules
    .flatMap((rule) => rule(context))
    .sort((a, b) => severityRank(a) - severityRank(b) || sectionRank(a) - sectionRank(b));
}
