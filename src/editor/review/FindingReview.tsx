// Under each finding in the panel: its review status, its thread of comments, and the actions the
// current mode allows: the filler explains, the reviewer accepts or rejects; both can comment.

import { memo, useId, useState } from 'react';
import { addComment, setFindingStatus, statusRefusal } from '../../model/review/actions.ts';
import {
  statusLabels,
  type Annotation,
  type ReviewStatus,
  type SetStatus,
} from '../../model/review/schema.ts';
import { formatMoment } from '../../model/review/time.ts';
import type { Finding } from '../../model/rules/finding.ts';
import { StatusBadge } from '../shared/StatusBadge.tsx';
import { useEditor } from '../state/storeContext.tsx';
import { useReviewAction, type ReviewAction } from './useReviewAction.ts';

export function Thread({ annotation }: { readonly annotation: Annotation | undefined }) {
  if (!annotation || annotation.comments.length === 0) return null;
  return (
    <ol className="review-thread" aria-label="意见">
      {annotation.comments.map((comment, i) => (
        <li key={i}>
          <span className="review-comment-head">
            {comment.author} · <time dateTime={comment.at}>{formatMoment(comment.at)}</time>
            {comment.status ? <> · {statusLabels[comment.status]}</> : null}
          </span>
          {comment.text ? <span className="review-comment-text">{comment.text}</span> : null}
        </li>
      ))}
    </ol>
  );
}

interface Props {
  readonly finding: Finding;
  readonly annotation: Annotation | undefined;
  readonly status: ReviewStatus;
}

/** The actions each mode offers, in the order they show. */
const fillerActions: readonly { status: SetStatus; label: string }[] = [
  { status: 'explained', label: '提交说明' },
];
const reviewerActions: readonly { status: SetStatus; label: string }[] = [
  { status: 'accepted', label: '确认' },
  { status: 'rejected', label: '驳回' },
  { status: 'open', label: '退回待处理' },
];

export const FindingReview = memo(function FindingReview({ finding, annotation, status }: Props) {
  const id = useId();
  const lock = useEditor((s) => s.lock);
  const run = useReviewAction();
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | undefined>();
  const count = annotation?.comments.length ?? 0;

  const act = (action: ReviewAction) =>
    run(action, (refused) => {
      setProblem(refused);
      if (!refused) setText('');
    });
  const actions = (lock === 'reviewing' ? reviewerActions : fillerActions).filter(
    (action) => action.status !== status && !statusRefusal(finding, action.status),
  );
  // Said where the button would be: why this finding cannot be accepted.
  const cannotAccept = lock === 'reviewing' ? statusRefusal(finding, 'accepted') : undefined;

  return (
    <details className="finding-review">
      <summary>
        <StatusBadge status={status} />
        <span className="finding-review-count">{count > 0 ? `意见（${count}）` : '处理'}</span>
      </summary>
      <Thread annotation={annotation} />
      {lock === 'finalised' ? (
        <p className="review-note">报告已定稿，意见不能再修改。</p>
      ) : (
        <div className="review-form">
          <label htmlFor={id}>{lock === 'reviewing' ? '审核意见' : '说明或意见'}</label>
          <textarea
            id={id}
            className="form-textarea"
            rows={2}
            value={text}
            onChange={(event) => setText(event.target.value)}
          />
          {problem ? (
            <p role="alert" className="review-problem">
              {problem}
            </p>
          ) : null}
          {cannotAccept ? <p className="review-note">{cannotAccept}。</p> : null}
          <div className="review-actions">
            {actions.map((action) => (
              <button
                key={action.status}
                type="button"
                onClick={() =>
                  act((review, stamp) =>
                    setFindingStatus(review, finding, action.status, text, stamp),
                  )
                }
              >
                {action.label}
              </button>
            ))}
            <button
              type="button"
              onClick={() => act((review, stamp) => addComment(review, finding, text, stamp))}
            >
              添加意见
            </button>
          </div>
        </div>
      )}
    </details>
  );
});
