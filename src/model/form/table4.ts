// 表四 政府信息公开行政复议、行政诉讼情况. Printed as one row of 15 cells under a three-level
// header; the model sees it as three case kinds × five outcomes, which is what its sums follow.

export const table4Title = '四、政府信息公开行政复议、行政诉讼情况';

export const table4Outcomes = [
  { id: 'upheld', label: '结果维持' },
  { id: 'corrected', label: '结果纠正' },
  { id: 'otherResult', label: '其他结果' },
  { id: 'pending', label: '尚未审结' },
  { id: 'total', label: '总计' },
] as const;

export type Table4OutcomeId = (typeof table4Outcomes)[number]['id'];

/** The outcomes a case kind's 总计 adds up: every one but 总计. */
export const table4Parts = table4Outcomes.filter(
  (outcome): outcome is Exclude<(typeof table4Outcomes)[number], { id: 'total' }> =>
    outcome.id !== 'total',
);

/** Case kinds in printed order, each with its header path (outermost first). */
export const table4CaseKinds = [
  { id: 'review', path: ['行政复议'] },
  { id: 'directSuit', path: ['行政诉讼', '未经复议直接起诉'] },
  { id: 'suitAfterReview', path: ['行政诉讼', '复议后起诉'] },
] as const;

export type Table4CaseKindId = (typeof table4CaseKinds)[number]['id'];
