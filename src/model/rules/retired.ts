// Annotations outlive rules: a file keeps the annotations of a rule a later build retired or
// renamed, and every place that names an annotation's rule says when this build no longer has it.

import { ruleCatalogue } from './catalogue.ts';

export const retiredRuleLabel = '已停用的规则';

export const isKnownRule = (rule: string): boolean => Object.hasOwn(ruleCatalogue, rule);

/** The rule id as shown beside an annotation: marked when this build has no such rule. */
export const describeRule = (rule: string): string =>
  isKnownRule(rule) ? rule : `${rule}（${retiredRuleLabel}）`;
