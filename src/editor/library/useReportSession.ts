// React's handle on an opened draft's session (storage's DraftSession): one per opened report (the
// caller keys its component by the report's id), disposed — saved, lock released — when the editor
// closes it. The session gets the editor's store and this page's leave events from here.

import { useEffect, useState } from 'react';
import type { Report } from '../../model/report.ts';
import { DraftSession } from '../../storage/draftSession.ts';
import type { PageEvents, SessionState } from '../../storage/index.ts';
import { ReportStore } from '../state/reportStore.ts';
import { warnBeforeLeaving, whenPageLeaves } from './pageLeave.ts';

export type ReportSessionState = SessionState<ReportStore>;
export type OpenSession = Extract<ReportSessionState, { phase: 'open' }>;

const page: PageEvents = { whenLeaving: whenPageLeaves, warnBeforeLeaving };

const createStore = (report: Report, prior: Report | undefined) =>
  new ReportStore(report, { prior });

export function useReportSession(id: string): ReportSessionState {
  const [state, setState] = useState<ReportSessionState>({ phase: 'loading' });
  useEffect(() => {
    const session = new DraftSession(id, { createStore, page });
    const unsubscribe = session.subscribe(() => setState(session.getState()));
    void session.start();
    return () => {
      unsubscribe();
      session.dispose();
    };
  }, [id]);
  return state;
}
