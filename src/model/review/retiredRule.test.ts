import { describe, expect, it } from 'vitest';
import { toReportDocument } from '../../export/json.ts';
import { sampleReport } from '../../sample/mudanjiang2024.ts';
import { checkReport } from '../check.ts';
import { parseReportDocument } from '../parse.ts';
import { describeRule } from '../rules/retired.ts';
import { reviewItems } from './status.ts';

/** An annotation a build with another rule list wrote: its rule is not in today's catalogue. */
const retired = {
  rule: 'X-RETIRED',
  cells: ['t3.newReceived.natural'],
  status: 'explained',
  comments: [
    { author: '张三', at: '2025-01-09T10:30:00Z', text: '按旧规则说明', status: 'explained' },
  ],
  message: '旧规则的提示',
} as const;

const fileWithRetiredRule = () => {
  const document = structuredClone(toReportDocument(sampleReport));
  return {
    ...document,
    report: {
      ...document.report,
      review: { annotations: [retired], finalised: null, history: [] },
    },
  };
};

describe('annotations of rules this build does not know', () => {
  it('open, and keep the annotation as it was through a save and a reload', () => {
    const parsed = parseReportDocument(fileWithRetiredRule());
    if (!parsed.ok) throw new Error(parsed.problems.map((p) => p.message).join('\n'));
    expect(parsed.document.report.review.annotations).toEqual([retired]);

    const again = parseReportDocument(
      JSON.parse(JSON.stringify(toReportDocument(parsed.document.report))),
    );
    expect(again.ok && again.document.report.review.annotations).toEqual([retired]);
  });

  it('are listed after the current findings, named as a retired rule', () => {
    const parsed = parseReportDocument(fileWithRetiredRule());
    if (!parsed.ok) throw new Error('unreadable');
    const { report } = parsed.document;
    const last = reviewItems(checkReport(report), report.review).at(-1);
    expect(last?.annotation).toEqual(retired);
    expect(describeRule('X-RETIRED')).toBe('X-RETIRED（已停用的规则）');
    expect(describeRule('T-FEE')).toBe('T-FEE');
  });
});
