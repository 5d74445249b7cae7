// The review's bar under the top bar: reviewer mode, last year's report, 定稿 or the stamp of it
// with 重新打开, the 定稿 history, and whose name review actions are signed with.

import { useEffect, useRef, useState } from 'react';
import type { Finding } from '../../model/rules/finding.ts';
import { formatMoment } from '../../model/review/time.ts';
import { reportTitle } from '../../model/title.ts';
import type { LibraryEntry } from '../../storage/index.ts';
import { useJump } from '../nav/jump.tsx';
import { reportHref } from '../shared/route.ts';
import { useEditor, useStore } from '../state/storeContext.tsx';
import { useAuthor } from './AuthorProvider.tsx';
import { FinaliseDialog } from './FinaliseDialog.tsx';
import { PriorDialog } from './PriorDialog.tsx';
import { ReopenDialog } from './ReopenDialog.tsx';
import { rememberReviewing, useRestoredReviewing } from './reviewingMemory.ts';

interface Props {
  readonly reportId: string;
  readonly prior: LibraryEntry | undefined;
  readonly attachPrior: (prior: LibraryEntry | undefined) => Promise<void>;
  /** False in a tab that only follows another tab's edits. */
  readonly canWrite: boolean;
}

type Asking = 'finalise' | 'reopen' | 'prior' | undefined;

export function ReviewBar({ reportId, prior, attachPrior, canWrite }: Props) {
  const store = useStore();
  const { jumpTo } = useJump();
  const { author, changeName } = useAuthor();
  const reviewing = useEditor((s) => s.reviewing);
  const review = useEditor((s) => s.report.review);
  const [asking, setAsking] = useState<Asking>();
  // 查看 in the 定稿 dialog jumps once the dialog is gone: while a modal dialog is open the rest of
  // the page is inert, and focusing the problem would silently fail.
  const jumpAfterClose = useRef<Finding | undefined>(undefined);
  useEffect(() => {
    const finding = jumpAfterClose.current;
    if (asking || !finding) return;
    jumpAfterClose.current = undefined;
    jumpTo(finding);
  }, [asking, jumpTo]);
  const { finalised, history } = review;
  useRestoredReviewing(store, reportId);

  return (
    <div className="review-bar" role="region" aria-label="审核">
      <button
        type="button"
        aria-pressed={reviewing}
        onClick={() => {
          store.setLock('reviewing', !reviewing);
          rememberReviewing(reportId, !reviewing);
        }}
      >
        审核模式
      </button>
      <span className="review-prior">
        {prior ? (
          <>
            上一年度报告：<a href={reportHref(prior.meta.id)}>{reportTitle(prior.report.header)}</a>
          </>
        ) : (
          '未关联上一年度报告'
        )}
        {canWrite && !finalised ? (
          <button type="button" onClick={() => setAsking('prior')}>
            {prior ? '更改…' : '对比上年报告…'}
          </button>
        ) : null}
      </span>
      {finalised ? (
        <span className="review-stamp" role="status">
          <strong>已定稿</strong> {finalised.by} · {formatMoment(finalised.at)}
          {canWrite ? (
            <button type="button" onClick={() => setAsking('reopen')}>
              重新打开…
            </button>
          ) : null}
        </span>
      ) : canWrite ? (
        <button type="button" onClick={() => setAsking('finalise')}>
          定稿…
        </button>
      ) : null}
      {history.length > 0 ? (
        <details className="review-history">
          <summary>定稿记录（{history.length}）</summary>
          <ol>
            {history.map((entry, i) => (
              <li key={i}>
                {entry.kind === 'finalised' ? '定稿' : '重新打开'} · {entry.by} ·{' '}
                {formatMoment(entry.at)}
                {entry.kind === 'reopened' ? `：${entry.reason}` : ''}
              </li>
            ))}
          </ol>
        </details>
      ) : null}
      <span className="review-author">
        署名：{author ?? '（尚未填写）'}
        <button type="button" onClick={changeName}>
          {author ? '更改' : '填写'}
        </button>
      </span>
      {asking === 'finalise' ? (
        <FinaliseDialog
          onClose={() => setAsking(undefined)}
          onJump={(finding) => (jumpAfterClose.current = finding)}
        />
      ) : null}
      {asking === 'reopen' ? <ReopenDialog onClose={() => setAsking(undefined)} /> : null}
      {asking === 'prior' ? (
        <PriorDialog
          selfId={reportId}
          prior={prior}
          attach={attachPrior}
          onClose={() => setAsking(undefined)}
        />
      ) : null}
    </div>
  );
}
