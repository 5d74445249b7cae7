// The review in `nianbao check`'s text output: a finding's status under it, the findings since
// corrected (已修正), whether the report is 定稿, and with --final whether 定稿 would be allowed.

import type { Blocker } from '../model/review/finalise.ts';
import { statusLabels, type Annotation, type ReviewStatus } from '../model/review/schema.ts';
import { formatMoment } from '../model/review/time.ts';
import { ruleLabel } from '../model/rules/ruleName.ts';
import type { FileReview, ListedFinding } from './fileReview.ts';

const reviewLabel = '    审核：';

/** ［已说明］ 张三（2025-01-09 18:30）：本单位…… — the status and the thread's last word. */
function formatThread(status: ReviewStatus, annotation: Annotation): string {
  const last = annotation.comments.at(-1);
  const said = last
    ? ` ${last.author}（${formatMoment(last.at)}）${last.text ? `：${last.text}` : ''}`
    : '';
  return `${reviewLabel}［${statusLabels[status]}］${said}`;
}

/** The line under an annotated finding; none for one nobody has annotated (待处理). */
export function formatFindingReview(review: FileReview, finding: ListedFinding): string[] {
  const item = review.itemOf.get(finding);
  return item?.annotation ? [formatThread(item.status, item.annotation)] : [];
}

/** The corrected findings as a group of their own, each with the message it had when discussed. */
export function formatFixed(
  review: FileReview,
  formatCells: (cells: readonly string[]) => string[],
): string[] {
  if (review.fixed.length === 0) return [];
  return [
    `${statusLabels.fixed}（${review.fixed.length}）`,
    ...review.fixed.flatMap((annotation) => [
      `  ${ruleLabel(annotation.rule)}  ${annotation.message}`,
      ...(annotation.cells.length > 0 ? formatCells(annotation.cells) : []),
      formatThread('fixed', annotation),
    ]),
  ];
}

export function formatFinalisedLine(review: FileReview): string[] {
  const stamp = review.review.finalised;
  return stamp ? [`已定稿：${stamp.by}，${formatMoment(stamp.at)}`] : [];
}

const formatBlocker = ({ finding, status, reason }: Blocker) =>
  `  ${ruleLabel(finding.rule)}  ［${statusLabels[status]}］${reason}：${finding.message}`;

/** With --final: whether 定稿 would be allowed now, and if not, every finding in the way. */
export function formatFinaliseVerdict(review: FileReview): string[] {
  const { blockers } = review;
  if (!blockers) return [];
  const stamp = review.review.finalised;
  if (blockers.length === 0) {
    return [stamp ? '定稿：已定稿，按定稿要求检查没有未处理的问题。' : '定稿：可以定稿。'];
  }
  const heading = stamp
    ? `定稿：已定稿，但按定稿要求检查仍有 ${blockers.length} 个问题未处理：`
    : `定稿：不能定稿，还有 ${blockers.length} 个问题未处理：`;
  return [heading, ...blockers.map(formatBlocker)];
}
