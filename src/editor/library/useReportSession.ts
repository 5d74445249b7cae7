// React's handle on an opened draft's session (storage's DraftSession): one per opened report (the
// caller keys its component by the report's id), disposed — saved, lock released — when the editor
// closes it. The session gets the editor's store and this page's leave events from here.

import { useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import type { Report } from '../../model/report.ts';
import { DraftSession } from '../../storage/draftSession.ts';
import type { PageEvents, SessionState } from '../../storage/index.ts';
import { toldAfterFrame } from '../shared/afterNextFrame.ts';
import { ReportStore } from '../state/reportStore.ts';
import { warnBeforeLeaving, whenPageLeaves } from './pageLeave.ts';

export type ReportSessionState = SessionState<ReportStore>;
export type OpenSession = Extract<ReportSessionState, { phase: 'open' }>;
/** The session itself, for what shows its save status (useLiveSession). */
export type LiveSession = Pick<DraftSession<ReportStore>, 'subscribe' | 'getState'>;

interface Handle {
  readonly state: ReportSessionState;
  readonly live: LiveSession | undefined;
}

const page: PageEvents = { whenLeaving: whenPageLeaves, warnBeforeLeaving };

const createStore = (report: Report, prior: Report | undefined) =>
  new ReportStore(report, { prior });

/**
 * The session's state, changing when the report opens or fails to, changes hands, or gains last
 * year's report; not when only the save status changes. That changes around every autosave — the
 * first key after a pause starts one — and is read live where it is shown (useLiveSession), so it
 * re-renders the status, not the editor around it.
 */
export function useReportSession(id: string): Handle {
  const [handle, setHandle] = useState<Handle>({ state: { phase: 'loading' }, live: undefined });
  useEffect(() => {
    const session = new DraftSession(id, { createStore, page });
    const unsubscribe = session.subscribe(() => {
      const state = session.getState();
      setHandle((shown) =>
        shown.live === session && !differsBeyondSave(shown.state, state)
          ? shown
          : { state, live: session },
      );
    });
    void session.start();
    return () => {
      unsubscribe();
      session.dispose();
    };
  }, [id]);
  return handle;
}

function differsBeyondSave(a: ReportSessionState, b: ReportSessionState): boolean {
  if (a.phase !== 'open' || b.phase !== 'open') return a !== b;
  return (
    a.store !== b.store ||
    a.access !== b.access ||
    a.prior !== b.prior ||
    a.attachPrior !== b.attachPrior
  );
}

/**
 * The open session as it is now, save status included; re-renders the caller after the frame that
 * follows each change. The first key after a pause turns the status to 保存中: shown in the same
 * task, that re-render held up the frame that paints the key's character.
 */
export function useLiveSession(live: LiveSession): OpenSession | undefined {
  const subscribe = useMemo(() => toldAfterFrame(live.subscribe), [live]);
  const state = useSyncExternalStore(subscribe, live.getState);
  return state.phase === 'open' ? state : undefined;
}
