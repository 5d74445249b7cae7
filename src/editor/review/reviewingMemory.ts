// Whether 审核模式 was on for a report in this tab, so a reload keeps the reviewer where they were.
// Per tab (sessionStorage): a new tab, or tomorrow's visit, starts in the filler's view.

import { useEffect } from 'react';
import type { ReportStore } from '../state/reportStore.ts';

const key = (reportId: string) => `nianbao-reviewing-${reportId}`;

/** Storage may be off (a privacy mode); then the mode is simply not remembered. */
export function rememberReviewing(reportId: string, isOn: boolean): void {
  try {
    if (isOn) sessionStorage.setItem(key(reportId), '1');
    else sessionStorage.removeItem(key(reportId));
  } catch {
    // Not remembered: nothing is lost but the convenience.
  }
}

function wasReviewing(reportId: string): boolean {
  try {
    return sessionStorage.getItem(key(reportId)) === '1';
  } catch {
    return false;
  }
}

/** Turns 审核模式 back on when this tab had it on for this report before a reload. */
export function useRestoredReviewing(store: ReportStore, reportId: string): void {
  useEffect(() => {
    if (wasReviewing(reportId)) store.setLock('reviewing', true);
  }, [store, reportId]);
}
