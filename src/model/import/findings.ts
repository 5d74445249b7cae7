// What the importer tells about its own reading: a finding shaped like the checker's (rule,
// severity, section, cells, both sides, message) plus the source line it is about, with its own
// small catalogue until the ids are merged into rules/catalogue.ts.

import { z } from 'zod/mini';
import { findingSchema, type FindingSection, type Severity } from '../rules/finding.ts';
import type { RuleInfo } from '../rules/catalogue.ts';

export const importRuleCatalogue = {
  'I-HEADER': {
    severity: 'info',
    title: '报告头',
    formula: '机关名称、报告年度取自标题，发布日期取自标题下或文末的日期；机关类别须人工选择',
    basis: '标题「××××年政府信息公开工作年度报告」；机关类别不见于报告正文',
  },
  'I-SECTION': {
    severity: 'warning',
    title: '章节标题',
    formula: '六个部分各按附件模板的标题（或其常见变体）找到',
    basis: '国办公开办函〔2021〕30号附件模板的章节标题',
  },
  'I-LABEL': {
    // A warning: a published report's label that departs from the official wording costs points
    // in evaluations. A report typed in Nianbao cannot have one (its labels are fixed).
    severity: 'warning',
    title: '标签近似',
    formula: '表格的行名、列名与官方标签逐字一致；不一致时按最相近的官方标签读入',
    basis: '实际报告常有错字、漏字和旧格式写法；考核评估中按不规范扣分',
  },
  'I-MISSING': {
    severity: 'warning',
    title: '缺少单元格',
    formula: '一行的数值个数等于表格的列数；少一个时按表头和合计推断缺少哪一列',
    basis: '复制网页、PDF 时常丢失合并单元格或行末的格',
  },
  'I-ROW': {
    severity: 'warning',
    title: '缺少行',
    formula: '表二、表三的每一个官方行都见于原文',
    basis: '国办公开办函〔2021〕30号附件的表格行；缺行在考核评估中按不规范扣分',
  },
  'I-VALUE': {
    severity: 'warning',
    title: '数值',
    formula: '单元格为非负整数（收费金额为金额）或“/”；带括注的取括号前的数，括注保留在导入记录中',
    basis: '无法识别的值不猜测，单元格留空',
  },
  'I-UNIT': {
    severity: 'warning',
    title: '单位',
    formula: '表二本年收费金额的单位为万元',
    basis: '表二表头“本年收费金额（单位：万元）”',
  },
  'I-EDITION': {
    severity: 'info',
    title: '格式版本',
    formula: '表格按 2021 年格式（国办公开办函〔2021〕30号）填报',
    basis: '2019 年试行格式（国办公开办函〔2019〕60号）的行列只能部分对应',
  },
  'I-UNPLACED': {
    severity: 'info',
    title: '未使用的文字',
    formula: '原文每一行都放入报告的某一部分',
    basis: '无法归入任何部分的行列在导入记录中，原样保留供核对',
  },
} as const satisfies Record<string, RuleInfo>;

export type ImportRuleId = keyof typeof importRuleCatalogue;

export const importRuleIds = Object.keys(importRuleCatalogue) as [ImportRuleId, ...ImportRuleId[]];

export const importFindingSchema = z.extend(findingSchema, {
  rule: z.enum(importRuleIds),
  /** The source line the finding is about (1-based), or null when it is about the whole text. */
  line: z.nullable(z.int().check(z.positive())),
});

export type ImportFinding = z.infer<typeof importFindingSchema>;

export interface ImportFindingInput {
  readonly section: FindingSection;
  readonly line: number | null;
  readonly message: string;
  readonly cells?: readonly string[];
  readonly left?: number | string | null;
  readonly right?: number | string | null;
  readonly severity?: Severity;
}

export function importFinding(rule: ImportRuleId, input: ImportFindingInput): ImportFinding {
  const left = input.left ?? null;
  const right = input.right ?? null;
  return {
    rule,
    severity: input.severity ?? importRuleCatalogue[rule].severity,
    section: input.section,
    cells: [...(input.cells ?? [])],
    left,
    right,
    difference: typeof left === 'number' && typeof right === 'number' ? left - right : null,
    message: input.message,
    line: input.line,
  };
}
