// 定稿 and 重新打开. A report may be finalised only when every error is gone (or, for a rule whose
// error an agency may explain, the explanation was accepted) and every warning is fixed, explained
// or accepted. Findings passed in must be checked at the final stage, where blanks are errors.

import type { Finding } from '../rules/finding.ts';
import { isExplainable, type ReviewResult } from './actions.ts';
import type { Review, ReviewStatus, Stamp } from './schema.ts';
import { reviewItems } from './status.ts';

export interface Blocker {
  readonly finding: Finding;
  readonly status: ReviewStatus;
  /** Why this finding stands in the way, in a sentence. */
  readonly reason: string;
}

function blockingReason(finding: Finding, status: ReviewStatus): string | undefined {
  if (finding.severity === 'info') return undefined;
  if (finding.severity === 'warning') {
    if (status === 'explained' || status === 'accepted') return undefined;
    return status === 'rejected'
      ? '警告的说明已被驳回，须修正或重新说明'
      : '警告须修正、说明或经审核确认';
  }
  if (!isExplainable(finding)) return '错误须修正';
  if (status === 'accepted') return undefined;
  return status === 'explained' ? '错误的说明须经审核确认' : '错误须修正，或说明后经审核确认';
}

export function finaliseBlockers(finalFindings: readonly Finding[], review: Review): Blocker[] {
  return reviewItems(finalFindings, review).flatMap(({ finding, status }) => {
    const reason = finding && blockingReason(finding, status);
    return finding && reason ? [{ finding, status, reason }] : [];
  });
}

export function finalise(
  review: Review,
  finalFindings: readonly Finding[],
  stamp: Stamp,
): ReviewResult {
  if (review.finalised) return { ok: false, message: '报告已经定稿' };
  const blockers = finaliseBlockers(finalFindings, review);
  if (blockers.length > 0) {
    return { ok: false, message: `还有 ${blockers.length} 个问题未处理，暂不能定稿` };
  }
  return {
    ok: true,
    review: {
      ...review,
      finalised: stamp,
      history: [...review.history, { kind: 'finalised', ...stamp }],
    },
  };
}

export function reopen(review: Review, reason: string, stamp: Stamp): ReviewResult {
  if (!review.finalised) return { ok: false, message: '报告尚未定稿' };
  const words = reason.trim();
  if (!words) return { ok: false, message: '请写明重新打开的原因' };
  return {
    ok: true,
    review: {
      ...review,
      finalised: null,
      history: [...review.history, { kind: 'reopened', ...stamp, reason: words }],
    },
  };
}
