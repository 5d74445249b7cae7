// The state of 批量审核, kept outside React so it outlives the view: a reviewer who opens one of
// the reports in the editor comes back (the browser's Back) to the same batch, roster and 汇总.
// Reads run through runBatch; a change of last year's set checks this year's reports again.

import { useSyncExternalStore } from 'react';
import type { BatchEntry, BatchRow } from '../../model/batch/batch.ts';
import type { CellAddress, TableId } from '../../model/form/cells.ts';
import type { BatchFailure } from './batchSource.ts';
import type { BatchRole } from './batchWorker.ts';
import {
  recheckBatch,
  runBatch,
  type BatchInput,
  type ReadResult,
  type RunEnd,
} from './runBatch.ts';

export interface BatchProgress {
  readonly role: BatchRole | 'recheck';
  readonly done: number;
  readonly total: number;
}

export interface BatchState {
  readonly rows: readonly BatchRow[];
  readonly failures: readonly BatchFailure[];
  /** Last year's reports, each row checked against its agency's. */
  readonly priors: readonly BatchEntry[];
  readonly priorFailures: readonly BatchFailure[];
  readonly progress: BatchProgress | undefined;
  /** How the last read ended, and what it read. */
  readonly lastRun: { readonly role: BatchRole; readonly end: RunEnd } | undefined;
  /** Reports left out of the 汇总. */
  readonly excluded: ReadonlySet<BatchEntry>;
  /** Reports added to the library from here, by their library id. */
  readonly stored: ReadonlyMap<BatchEntry, string>;
  readonly rosterText: string;
  /** The 汇总 report's 机关名称, as typed. */
  readonly areaName: string;
  /** The 汇总 table shown, and the figure drilled into. */
  readonly areaTable: TableId;
  readonly picked: CellAddress | undefined;
}

const empty: BatchState = {
  rows: [],
  failures: [],
  priors: [],
  priorFailures: [],
  progress: undefined,
  lastRun: undefined,
  excluded: new Set(),
  stored: new Map(),
  rosterText: '',
  areaName: '',
  areaTable: 't2',
  picked: undefined,
};

let state = empty;
let stop: AbortController | undefined;
const listeners = new Set<() => void>();

function update(change: (now: BatchState) => Partial<BatchState>) {
  state = { ...state, ...change(state) };
  for (const listener of listeners) listener();
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

export const useBatchState = () => useSyncExternalStore(subscribe, () => state);

const failuresOf = (results: readonly ReadResult[]) =>
  results.flatMap(({ read }) => (read.ok ? [] : [{ file: read.file, problem: read.problem }]));

function addResults(role: BatchRole, results: readonly ReadResult[], done: number, total: number) {
  update((now) =>
    role === 'report'
      ? {
          rows: [...now.rows, ...results.flatMap(({ row }) => (row ? [row] : []))],
          failures: [...now.failures, ...failuresOf(results)],
          progress: { role, done, total },
        }
      : {
          priors: [...now.priors, ...results.flatMap(({ read }) => (read.ok ? [read.entry] : []))],
          priorFailures: [...now.priorFailures, ...failuresOf(results)],
          progress: { role, done, total },
        },
  );
}

/** This year's rows checked again against last year's set as it now is. */
async function recheck() {
  const entries = state.rows.map((row) => row.entry);
  if (entries.length === 0) return;
  update(() => ({ progress: { role: 'recheck', done: 0, total: entries.length } }));
  const checks = await recheckBatch(entries, state.priors);
  update((now) => ({
    progress: undefined,
    // Rows read meanwhile cannot exist (one run at a time), so the checks match row for row.
    rows: checks ? now.rows.map((row, i) => ({ ...row, ...checks[i] })) : now.rows,
    // Rows left as they were would claim pairings that no longer hold: the summary says so.
    lastRun: checks ? now.lastRun : { role: 'prior', end: 'crashed' },
  }));
}

/** Reads files or library reports as this year's reports or last year's; one run at a time. */
export async function readIntoBatch(inputs: readonly BatchInput[], role: BatchRole) {
  if (inputs.length === 0 || state.progress) return;
  stop = new AbortController();
  update(() => ({ progress: { role, done: 0, total: inputs.length }, lastRun: undefined }));
  const end = await runBatch(inputs, {
    role,
    priors: state.priors,
    signal: stop.signal,
    onResults: (results, done, total) => addResults(role, results, done, total),
  });
  stop = undefined;
  update(() => ({ progress: undefined, lastRun: { role, end } }));
  if (role === 'prior') await recheck();
}

export const cancelBatch = () => stop?.abort();

export function clearBatch() {
  stop?.abort();
  update((now) => ({
    ...empty,
    rosterText: now.rosterText,
    areaName: now.areaName,
    areaTable: now.areaTable,
  }));
}

export async function removePriors() {
  if (state.progress) return;
  update(() => ({ priors: [], priorFailures: [] }));
  await recheck();
}

export function setIncluded(entries: readonly BatchEntry[], included: boolean) {
  update((now) => {
    const excluded = new Set(now.excluded);
    for (const entry of entries) {
      if (included) excluded.delete(entry);
      else excluded.add(entry);
    }
    return { excluded };
  });
}

export const setRosterText = (rosterText: string) => update(() => ({ rosterText }));

export const setAreaName = (areaName: string) => update(() => ({ areaName }));

export const showAreaTable = (areaTable: TableId) => update(() => ({ areaTable }));

export const pickFigure = (picked: CellAddress) => update(() => ({ picked }));

/** The 汇总 report's name: as typed, or 汇总. */
export const areaNameOf = (typed: string) => typed.trim() || '汇总';

/** The reports that go into the 汇总. */
export const includedRows = (state: Pick<BatchState, 'rows' | 'excluded'>) =>
  state.rows.filter((row) => !state.excluded.has(row.entry));

export const markStored = (entry: BatchEntry, id: string) =>
  update((now) => ({ stored: new Map(now.stored).set(entry, id) }));
