// Changes to a review, as pure functions from one review to the next. The caller supplies who and
// when, so the model stays free of clocks and storage; every refusal is a Chinese sentence.

import { ruleCatalogue, type RuleInfo } from '../rules/catalogue.ts';
import type { Finding } from '../rules/finding.ts';
import { findingKey } from './status.ts';
import type { Annotation, Review, SetStatus, Stamp } from './schema.ts';

export type ReviewResult =
  { readonly ok: true; readonly review: Review } | { readonly ok: false; readonly message: string };

const refuse = (message: string): ReviewResult => ({ ok: false, message });

/** Statuses that need words with them: an explanation, a reason for rejecting. */
export const statusNeedsText: Readonly<Record<SetStatus, string | undefined>> = {
  open: undefined,
  explained: '请写明说明理由',
  accepted: undefined,
  rejected: '请写明驳回理由',
};

function withAnnotation(
  review: Review,
  finding: Finding,
  update: (annotation: Annotation) => Annotation,
): Review {
  const key = findingKey(finding);
  const index = review.annotations.findIndex((a) => findingKey(a) === key);
  const existing = review.annotations[index] ?? {
    rule: finding.rule,
    cells: [...finding.cells].sort(),
    status: 'open',
    comments: [],
    message: finding.message,
  };
  const next = update({ ...existing, message: finding.message });
  const annotations =
    index === -1
      ? [...review.annotations, next]
      : review.annotations.map((a, i) => (i === index ? next : a));
  return { ...review, annotations };
}

/** A rule whose errors an agency may leave standing with an explanation a reviewer accepts. */
export function isExplainable(finding: Pick<Finding, 'rule'>): boolean {
  const rule: RuleInfo = ruleCatalogue[finding.rule];
  return rule.explainable === true;
}

/**
 * Only errors and warnings are worked through in review: a 提示 carries no status. An error can be
 * accepted only where its rule allows an explanation; any other error must be fixed.
 */
export function statusRefusal(finding: Finding, status: SetStatus): string | undefined {
  if (finding.severity === 'info') return '提示只供参考，不需要处理';
  if (status === 'accepted' && finding.severity === 'error' && !isExplainable(finding)) {
    return '这个错误必须修正，不能经审核确认（只有跨年度结转等可说明的错误允许确认说明）';
  }
  return undefined;
}

/** Sets a finding's status, with the words that go with it as a comment in its thread. */
export function setFindingStatus(
  review: Review,
  finding: Finding,
  status: SetStatus,
  text: string,
  stamp: Stamp,
): ReviewResult {
  if (review.finalised) return refuse('报告已定稿，不能再修改审核意见；请先重新打开');
  const refusal = statusRefusal(finding, status);
  if (refusal) return refuse(refusal);
  const words = text.trim();
  const missing = statusNeedsText[status];
  if (missing && !words) return refuse(missing);
  return {
    ok: true,
    review: withAnnotation(review, finding, (annotation) => ({
      ...annotation,
      status,
      comments: [...annotation.comments, { author: stamp.by, at: stamp.at, text: words, status }],
    })),
  };
}

export function addComment(
  review: Review,
  finding: Finding,
  text: string,
  stamp: Stamp,
): ReviewResult {
  if (review.finalised) return refuse('报告已定稿，不能再添加意见；请先重新打开');
  const words = text.trim();
  if (!words) return refuse('意见不能为空');
  return {
    ok: true,
    review: withAnnotation(review, finding, (annotation) => ({
      ...annotation,
      comments: [...annotation.comments, { author: stamp.by, at: stamp.at, text: words }],
    })),
  };
}
