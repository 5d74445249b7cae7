// Says why an edit was refused, where the user is looking; the next change of the report or of
// its lock clears it.

import { useEffect, useState } from 'react';
import { lockMessages, type Lock } from '../state/reportStore.ts';
import { useEditor, useStore } from '../state/storeContext.tsx';

export function LockNotice() {
  const store = useStore();
  const lock = useEditor((s) => s.lock);
  const [refused, setRefused] = useState<Lock | undefined>();
  // A refusal republishes the report before it is told, so the next publish is a later change.
  // Clearing state that is already clear costs no render: nothing happens here per keystroke.
  useEffect(() => {
    const stopClearing = store.subscribe(() => setRefused(undefined));
    const stopHearing = store.onRefused(setRefused);
    return () => {
      stopClearing();
      stopHearing();
    };
  }, [store]);
  if (lock === 'reviewing') {
    return (
      <p role="status" className="session-note">
        {refused === 'reviewing'
          ? lockMessages.reviewing
          : '审核模式：报告只读，检查结果在前；可在每个问题下确认、驳回或添加意见。'}
      </p>
    );
  }
  return refused && refused === lock ? (
    <p role="alert" className="session-note lock-refused">
      {lockMessages[lock]}
    </p>
  ) : null;
}
