// What a finding is called where people read it: a short Chinese name first (the catalogue's
// title), the rule's code after it for whoever looks it up.

import { importRuleCatalogue } from '../import/findings.ts';
import { ruleCatalogue } from './catalogue.ts';
import { retiredRuleLabel } from './retired.ts';

const titles: ReadonlyMap<string, string> = new Map(
  [...Object.entries(ruleCatalogue), ...Object.entries(importRuleCatalogue)].map(([id, info]) => [
    id,
    info.title,
  ]),
);

/** 「表三（七）总计」 for R3-RESULT; a rule this build does not know is 已停用的规则. */
export const ruleName = (rule: string): string => titles.get(rule) ?? retiredRuleLabel;

/** For plain text: 「表三（七）总计 R3-RESULT」. */
export const ruleLabel = (rule: string): string => `${ruleName(rule)} ${rule}`;
