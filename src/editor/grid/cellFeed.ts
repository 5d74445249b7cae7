// Subscriptions to the report store by cell address. A commit changes a handful of cells, but a
// store subscription per hook would wake every hook of every cell of the three tables on every
// commit to find that out. A feed subscribes once and wakes only the cells whose entered value,
// declared value, computed total or list of findings changed.

import type { CellAddress } from '../../model/form/cells.ts';
import type { EditorSnapshot, ReportStore } from '../state/reportStore.ts';
import { createCellViews, type CellView } from './cellView.ts';
import { createKeyedListeners, type Listener, type Subscribe } from './keyedListeners.ts';

/** What a feed follows: the store itself, or a copy of it that lags behind (see idleSource). */
export interface SnapshotSource {
  readonly getSnapshot: () => EditorSnapshot;
  readonly subscribe: Subscribe;
}

export interface CellFeed {
  readonly getSnapshot: () => EditorSnapshot;
  /** A stable subscribe function for one cell, as useSyncExternalStore wants it. */
  readonly subscriberFor: (address: CellAddress) => Subscribe;
  /** What the cell shows, the same object while it says the same. */
  readonly viewOf: (address: CellAddress, isComputed: boolean) => CellView;
}

// Findings lists are kept by identity while they say the same (deriveFrom), so identity suffices.
// Most commits leave the declared values, and many the entered cells, as they were.
const isCellChanged = (before: EditorSnapshot, after: EditorSnapshot, address: CellAddress) =>
  (before.report.cells !== after.report.cells &&
    before.report.cells[address] !== after.report.cells[address]) ||
  (before.report.declared !== after.report.declared &&
    before.report.declared[address] !== after.report.declared[address]) ||
  before.derived.totals.cells.get(address) !== after.derived.totals.cells.get(address) ||
  before.derived.findingsByPlace.get(address) !== after.derived.findingsByPlace.get(address) ||
  // A cell shows its findings' review status; reviews change rarely, by a person's click.
  (before.report.review !== after.report.review && after.derived.findingsByPlace.has(address));

/** Subscribes to `source` while some cell listens, and not before. */
function createCellFeed(source: SnapshotSource): CellFeed {
  let seen = source.getSnapshot();
  let stop: (() => void) | undefined;
  const onChange = () => {
    const before = seen;
    seen = source.getSnapshot();
    if (before === seen) return;
    const changed = [...cells.keys()].filter((address) => isCellChanged(before, seen, address));
    cells.wake(changed);
  };
  const cells = createKeyedListeners<CellAddress>({
    onFirst() {
      seen = source.getSnapshot();
      stop = source.subscribe(onChange);
    },
    onLast() {
      stop?.();
      stop = undefined;
    },
  });
  return {
    getSnapshot: source.getSnapshot,
    subscriberFor: cells.subscriberFor,
    viewOf: createCellViews(source.getSnapshot),
  };
}

/**
 * The store as it was when the browser was last idle: for what is not on screen (the cells'
 * descriptions) and so need not be rewritten within the keystroke that changed it. It catches up
 * after the frame, or within `maxLagMs` while the browser stays busy.
 */
function idleSource(store: ReportStore, maxLagMs = 200): SnapshotSource {
  let snapshot = store.getSnapshot();
  let isPending = false;
  const listeners = new Set<Listener>();
  let stop: (() => void) | undefined;
  const catchUp = () => {
    isPending = false;
    snapshot = store.getSnapshot();
    for (const listener of [...listeners]) listener();
  };
  return {
    getSnapshot: () => snapshot,
    subscribe(listener) {
      if (!stop) {
        snapshot = store.getSnapshot();
        stop = store.subscribe(() => {
          if (isPending) return;
          isPending = true;
          requestIdleCallback(catchUp, { timeout: maxLagMs });
        });
      }
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) {
          stop?.();
          stop = undefined;
        }
      };
    },
  };
}

const feeds = new WeakMap<ReportStore, { readonly now: CellFeed; readonly idle: CellFeed }>();

/** The feeds of one store, shared by every grid: `now` for what cells show, `idle` for the rest. */
export function cellFeedsOf(store: ReportStore): {
  readonly now: CellFeed;
  readonly idle: CellFeed;
} {
  let pair = feeds.get(store);
  if (!pair) {
    pair = { now: createCellFeed(store), idle: createCellFeed(idleSource(store)) };
    feeds.set(store, pair);
  }
  return pair;
}
