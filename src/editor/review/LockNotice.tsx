// Says why an edit was refused, where the user is looking; the next change of the report or of
// its lock clears it.

import { useEffect, useState } from 'react';
import type { Report } from '../../model/report.ts';
import { lockMessages, type Lock } from '../state/reportStore.ts';
import { useEditor, useStore } from '../state/storeContext.tsx';

export function LockNotice() {
  const store = useStore();
  const lock = useEditor((s) => s.lock);
  const report = useEditor((s) => s.report);
  const [refused, setRefused] = useState<{ lock: Lock; report: Report } | undefined>();
  useEffect(
    () =>
      store.onRefused((refusedLock) =>
        setRefused({ lock: refusedLock, report: store.getSnapshot().report }),
      ),
    [store],
  );
  const isRefused = refused?.lock === lock && refused?.report === report;
  if (lock === 'reviewing') {
    return (
      <p role="status" className="session-note">
        {isRefused
          ? lockMessages.reviewing
          : '审核模式：报告只读，检查结果在前；可在每个问题下确认、驳回或添加意见。'}
      </p>
    );
  }
  return isRefused && lock ? (
    <p role="alert" className="session-note lock-refused">
      {lockMessages[lock]}
    </p>
  ) : null;
}
