// React's handle on a ReportSession: one per opened report (the caller keys its component by the
// report's id), disposed — saved, lock released — when the editor closes it.

import { useEffect, useState } from 'react';
import { ReportSession, type SessionState } from './reportSession.ts';

export function useReportSession(id: string): SessionState {
  const [state, setState] = useState<SessionState>({ phase: 'loading' });
  useEffect(() => {
    const session = new ReportSession(id);
    const unsubscribe = session.subscribe(() => setState(session.getState()));
    void session.start();
    return () => {
      unsubscribe();
      session.dispose();
    };
  }, [id]);
  return state;
}
