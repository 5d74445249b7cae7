// The review's own words in the 审核稿: a finding's status and comment thread, the 定稿 stamp and
// the history of 定稿 and 重新打开. Names, comments and reasons are typed by people, so they are
// only ever text children here (the serialiser escapes them), never markup or attributes.

import {
  statusLabels,
  type Comment,
  type HistoryEntry,
  type Review,
  type ReviewStatus,
} from '../../model/review/schema.ts';
import { formatMoment } from '../../model/review/time.ts';
import { h, type Element } from './element.ts';

export const historyTitle = '定稿记录';
export const notFinalisedLabel = '未定稿';

/** ［已说明］: brackets, so the status reads in a black-and-white print and in copied text. */
export function renderStatus(status: ReviewStatus): Element {
  return h('span', { class: `review-status status-${status}` }, `［${statusLabels[status]}］`);
}

/** 张三（2025-01-09 18:30）［已说明］：文字 — a status a comment set, and its words if any. */
function renderComment(comment: Comment): Element {
  return h(
    'li',
    { class: 'comment' },
    h('span', { class: 'comment-meta' }, `${comment.author}（${formatMoment(comment.at)}）`),
    comment.status && renderStatus(comment.status),
    comment.text && `：${comment.text}`,
  );
}

export function renderComments(comments: readonly Comment[]): Element | undefined {
  if (comments.length === 0) return undefined;
  return h('ol', { class: 'comments' }, comments.map(renderComment));
}

/** 定稿：张三，2025-01-09 18:30 — or 未定稿, which a reviewer's copy should say just as plainly. */
export function renderStamp(review: Review): Element {
  const { finalised } = review;
  return h(
    'p',
    { class: finalised ? 'review-stamp finalised' : 'review-stamp' },
    finalised ? `定稿：${finalised.by}，${formatMoment(finalised.at)}` : notFinalisedLabel,
  );
}

function renderHistoryEntry(entry: HistoryEntry): Element {
  const when = `${formatMoment(entry.at)} ${entry.by} `;
  return h(
    'li',
    {},
    entry.kind === 'finalised' ? `${when}定稿` : `${when}重新打开，原因：${entry.reason}`,
  );
}

/** Every 定稿 and 重新打开, oldest first; nothing when the report was never finalised. */
export function renderHistory(review: Review): Element[] {
  if (review.history.length === 0) return [];
  return [
    h('h3', {}, historyTitle),
    h('ol', { class: 'review-history' }, review.history.map(renderHistoryEntry)),
  ];
}
