// 重新打开 a 定稿 report: the reason is required and kept in the report's history.

import { useId, useState, type FormEvent } from 'react';
import { reopen } from '../../model/review/finalise.ts';
import { Dialog } from '../shared/Dialog.tsx';
import { useReviewAction } from './useReviewAction.ts';

export function ReopenDialog({ onClose }: { readonly onClose: () => void }) {
  const id = useId();
  const run = useReviewAction();
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | undefined>();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    run(
      (review, stamp) => reopen(review, reason, stamp),
      (refused) => (refused ? setProblem(refused) : onClose()),
    );
  };
  return (
    <Dialog title="重新打开" onClose={onClose}>
      <form className="dialog-form" onSubmit={submit} noValidate>
        <label htmlFor={id}>重新打开的原因（记入定稿记录）</label>
        <textarea
          id={id}
          className="form-textarea"
          rows={3}
          value={reason}
          onChange={(event) => setReason(event.target.value)}
          autoFocus
        />
        {problem ? <p role="alert">{problem}</p> : null}
        <div className="dialog-actions">
          <button type="submit">重新打开</button>
          <button type="button" onClick={onClose}>
            取消
          </button>
        </div>
      </form>
    </Dialog>
  );
}
