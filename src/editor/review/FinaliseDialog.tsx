// 定稿: the report is checked as final (blanks become errors); what still stands in the way is
// listed with a way to it, and only a clean list offers the button.

import { useMemo, useState } from 'react';
import { checkReport } from '../../model/check.ts';
import { finalise, finaliseBlockers } from '../../model/review/finalise.ts';
import { severityLabels, type Finding } from '../../model/rules/finding.ts';
import { Dialog } from '../shared/Dialog.tsx';
import { useStore } from '../state/storeContext.tsx';
import { useAuthor } from './AuthorProvider.tsx';
import { StatusBadge } from '../shared/StatusBadge.tsx';
import { useReviewAction } from './useReviewAction.ts';

export function FinaliseDialog(props: {
  readonly onClose: () => void;
  readonly onJump: (finding: Finding) => void;
}) {
  const store = useStore();
  const { author } = useAuthor();
  const run = useReviewAction();
  const [problem, setProblem] = useState<string | undefined>();
  // Computed once as the dialog opens: the report cannot change while it is modal.
  const { findings, blockers } = useMemo(() => {
    const { report } = store.getSnapshot();
    const findings = checkReport(report, { stage: 'final', prior: store.priorReport });
    return { findings, blockers: finaliseBlockers(findings, report.review) };
  }, [store]);

  const confirm = () =>
    run(
      (review, stamp) => finalise(review, findings, stamp),
      (refused) => (refused ? setProblem(refused) : props.onClose()),
    );

  return (
    <Dialog title="定稿" onClose={props.onClose}>
      {blockers.length > 0 ? (
        <>
          <p className="dialog-text">
            还有 {blockers.length}{' '}
            个问题未处理，暂不能定稿。错误须修正（可说明的错误须经审核确认），警告须修正、说明或经审核确认：
          </p>
          <ul className="finalise-blockers">
            {blockers.map(({ finding, status, reason }, i) => (
              <li key={i}>
                <span className={`severity-label severity-${finding.severity}`}>
                  {severityLabels[finding.severity]}
                </span>{' '}
                <StatusBadge status={status} /> {finding.message}
                <span className="finalise-reason">{reason}</span>
                <button
                  type="button"
                  onClick={() => {
                    props.onClose();
                    props.onJump(finding);
                  }}
                >
                  查看
                </button>
              </li>
            ))}
          </ul>
          <div className="dialog-actions">
            <button type="button" onClick={props.onClose}>
              关闭
            </button>
          </div>
        </>
      ) : (
        <>
          <p className="dialog-text">
            错误均已处理，警告均已修正、说明或确认。定稿后报告只读，并记下定稿人
            {author ? `（${author}）` : ''}和时间；如需再改，须“重新打开”并写明原因。
          </p>
          {problem ? <p role="alert">{problem}</p> : null}
          <div className="dialog-actions">
            <button type="button" onClick={confirm}>
              确认定稿
            </button>
            <button type="button" onClick={props.onClose}>
              取消
            </button>
          </div>
        </>
      )}
    </Dialog>
  );
}
