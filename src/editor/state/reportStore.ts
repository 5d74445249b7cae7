// The editor's one source of truth: the report, its undo history, and what is derived from it.
// Derived values (totals, findings) are computed once per change, never stored in the report.

import { checkReport } from '../../model/check.ts';
import type { Report } from '../../model/report.ts';
import type { Review } from '../../model/review/schema.ts';
import type { Finding } from '../../model/rules/finding.ts';
import { computeTotals, type Totals } from '../../model/totals.ts';
import { afterNextFrame } from '../shared/afterNextFrame.ts';
import { applySide, mergeChanges, type Change } from './change.ts';

export interface Derived {
  readonly totals: Totals;
  readonly findings: readonly Finding[];
  /** Findings naming each address; an address with none is absent. */
  readonly findingsByPlace: ReadonlyMap<string, readonly Finding[]>;
}

/**
 * Why the report cannot be edited now: it is 定稿, the page is in reviewer mode, or another tab
 * holds it. Locks are checked in the store, where every edit passes; the UI shows them.
 */
export type Lock = 'finalised' | 'reviewing' | 'elsewhere';

export const lockMessages: Readonly<Record<Lock, string>> = {
  finalised: '报告已定稿，不能修改；如需修改，请先“重新打开”。',
  reviewing: '审核模式下报告只读；要修改，请先退出审核模式。',
  elsewhere: '此报告正在另一个标签页中编辑，本页只读。',
};

export interface EditorSnapshot {
  readonly report: Report;
  readonly lock: Lock | undefined;
  /** Reviewer mode: the report read-only, the findings first. */
  readonly reviewing: boolean;
  readonly derived: Derived;
  readonly undoLabel: string | undefined;
  readonly redoLabel: string | undefined;
  /** Bumped when undo, redo or a load replaced values the forms may be showing. */
  readonly externalRevision: number;
}

export interface CommitOptions {
  /**
   * The change was typed into a text field, which shows it already: the rest of the page (counts,
   * findings, undo) may follow in the frame after, instead of holding up the frame that shows the
   * character. The change itself is made, and `watch` listeners told, at once.
   */
  readonly isTyped?: boolean;
}

/** Typing in one field within this long counts as one step. */
const mergeWindowMs = 1500;
const historyLimit = 500;

const sameFinding = (a: Finding, b: Finding | undefined) =>
  b !== undefined &&
  a.rule === b.rule &&
  a.severity === b.severity &&
  a.message === b.message &&
  // A quoted sentence moves when text is typed before it; its offsets must follow.
  a.quote?.start === b.quote?.start &&
  a.quote?.end === b.quote?.end &&
  a.cells.length === b.cells.length &&
  a.cells.every((cell, i) => cell === b.cells[i]);

const sameFindings = (a: readonly Finding[], b: readonly Finding[]) =>
  a.length === b.length && a.every((finding, i) => sameFinding(finding, b[i]));

/**
 * Totals and findings for a report. A finding that says the same as before is the same object,
 * and each place keeps its previous list when it says the same, so only the panel entries and
 * cells whose findings changed re-render.
 */
export function deriveFrom(report: Report, previous?: Derived, prior?: PriorReport): Derived {
  const totals = computeTotals(report);
  const options = { totals, prior: prior?.report, priorTotals: prior?.totals };
  // Findings come in a stable order, so the one at the same index is the one to compare with.
  const findings = checkReport(report, options).map((finding, i) => {
    const before = previous?.findings[i];
    return before && sameFinding(finding, before) ? before : finding;
  });
  const lists = new Map<string, Finding[]>();
  for (const finding of findings) {
    for (const place of finding.cells) {
      const list = lists.get(place);
      if (list) list.push(finding);
      else lists.set(place, [finding]);
    }
  }
  const findingsByPlace = new Map<string, readonly Finding[]>();
  for (const [place, list] of lists) {
    const before = previous?.findingsByPlace.get(place);
    findingsByPlace.set(place, before && sameFindings(before, list) ? before : list);
  }
  const stableFindings =
    previous && sameFindings(previous.findings, findings) ? previous.findings : findings;
  return { totals, findings: stableFindings, findingsByPlace };
}

const withTotals = (report: Report): PriorReport => ({ report, totals: computeTotals(report) });

/** Last year's report with its totals, computed once when it is attached, not with every edit. */
export interface PriorReport {
  readonly report: Report;
  readonly totals: Totals;
}

export class ReportStore {
  private snapshot: EditorSnapshot;
  private past: Change[] = [];
  private future: Change[] = [];
  private lastCommitAt = 0;
  /** The view (React): told of each change, a typed one after the next frame is painted. */
  private readonly listeners = new Set<() => void>();
  /** What may not wait a frame, such as the write-ahead record: told of each change at once. */
  private readonly watchers = new Set<() => void>();
  /** Cancels telling the view of a typed change it is yet to hear of. */
  private cancelPendingView: (() => void) | undefined;
  private lastDerived: Derived | undefined;

  /** Last year's report of the same agency, for the cross-year rules (X-CARRY, X-VALID, L-REPEAT). */
  private prior: PriorReport | undefined;
  private readonly viewLocks = new Set<Exclude<Lock, 'finalised'>>();
  private readonly refusalListeners = new Set<(lock: Lock) => void>();

  constructor(report: Report, options: { readonly prior?: Report } = {}) {
    this.prior = options.prior && withTotals(options.prior);
    this.snapshot = this.snapshotOf(report, 0);
  }

  /** Attaches (or detaches) last year's report; findings are derived again. */
  setPrior(prior: Report | undefined): void {
    this.prior = prior && withTotals(prior);
    this.publish(this.snapshot.report, this.snapshot.externalRevision);
  }

  get priorReport(): Report | undefined {
    return this.prior?.report;
  }

  /** Turns reviewer mode or another tab's hold on or off. */
  setLock(lock: Exclude<Lock, 'finalised'>, isOn: boolean): void {
    if (this.viewLocks.has(lock) === isOn) return;
    if (isOn) this.viewLocks.add(lock);
    else this.viewLocks.delete(lock);
    this.publish(this.snapshot.report, this.snapshot.externalRevision);
  }

  /** Called whenever an edit is refused because of a lock. */
  onRefused(listener: (lock: Lock) => void): () => void {
    this.refusalListeners.add(listener);
    return () => this.refusalListeners.delete(listener);
  }

  /**
   * Replaces the review (annotations, 定稿). Not an undoable step: Ctrl+Z undoes figures and text,
   * never what a reviewer said. Only another tab's hold refuses it; 定稿 itself is a review change.
   */
  setReview(review: Review): boolean {
    if (this.viewLocks.has('elsewhere')) {
      this.refuse('elsewhere');
      return false;
    }
    this.publish({ ...this.snapshot.report, review }, this.snapshot.externalRevision);
    return true;
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Calls `listener` at once after every change, before the view hears of it. */
  readonly watch = (listener: () => void): (() => void) => {
    this.watchers.add(listener);
    return () => this.watchers.delete(listener);
  };

  readonly getSnapshot = (): EditorSnapshot => this.snapshot;

  commit(change: Change | undefined, options: CommitOptions = {}): void {
    if (!change) return;
    const now = Date.now();
    if (this.snapshot.lock) {
      // Republished unchanged, as a load: the forms that already show the typed text reset.
      this.publish(this.snapshot.report, this.snapshot.externalRevision + 1);
      this.refuse(this.snapshot.lock);
      return;
    }
    const last = this.past.at(-1);
    const merges =
      change.mergeKey !== undefined &&
      last?.mergeKey === change.mergeKey &&
      this.future.length === 0 &&
      now - this.lastCommitAt < mergeWindowMs;
    this.past =
      merges && last
        ? [...this.past.slice(0, -1), mergeChanges(last, change)]
        : [...this.past, change];
    if (this.past.length > historyLimit) this.past = this.past.slice(-historyLimit);
    this.future = [];
    this.lastCommitAt = now;
    this.publish(
      applySide(this.snapshot.report, change.after),
      this.snapshot.externalRevision,
      options.isTyped,
    );
  }

  undo(): void {
    const change = this.past.at(-1);
    if (!change) return;
    if (this.snapshot.lock) return this.refuse(this.snapshot.lock);
    this.past = this.past.slice(0, -1);
    this.future = [...this.future, change];
    this.lastCommitAt = 0;
    this.publish(
      applySide(this.snapshot.report, change.before),
      this.snapshot.externalRevision + 1,
    );
  }

  redo(): void {
    const change = this.future.at(-1);
    if (!change) return;
    if (this.snapshot.lock) return this.refuse(this.snapshot.lock);
    this.future = this.future.slice(0, -1);
    this.past = [...this.past, change];
    this.lastCommitAt = 0;
    this.publish(applySide(this.snapshot.report, change.after), this.snapshot.externalRevision + 1);
  }

  /** Opens another report: a fresh history. */
  load(report: Report): void {
    this.past = [];
    this.future = [];
    this.publish(report, this.snapshot.externalRevision + 1);
  }

  /**
   * A typed change's totals and findings are derived when first read — by the view, after the
   * frame that shows the character — not in the keystroke; the session only needs the report.
   */
  private snapshotOf(report: Report, externalRevision: number, isLazy = false): EditorSnapshot {
    const lock: Lock | undefined = report.review.finalised
      ? 'finalised'
      : (['elsewhere', 'reviewing'] as const).find((view) => this.viewLocks.has(view));
    const snapshot = {
      report,
      lock,
      reviewing: this.viewLocks.has('reviewing'),
      undoLabel: this.past.at(-1)?.label,
      redoLabel: this.future.at(-1)?.label,
      externalRevision,
    };
    if (!isLazy) return { ...snapshot, derived: this.derive(report) };
    let derived: Derived | undefined;
    const derive = () => (derived ??= this.derive(report));
    return {
      ...snapshot,
      get derived() {
        return derive();
      },
    };
  }

  /** The last derivation is the previous one: what says the same keeps its identity. */
  private derive(report: Report): Derived {
    this.lastDerived = deriveFrom(report, this.lastDerived, this.prior);
    return this.lastDerived;
  }

  private refuse(lock: Lock): void {
    for (const listener of this.refusalListeners) listener(lock);
  }

  private publish(report: Report, externalRevision: number, isTyped = false): void {
    const isViewLater = isTyped && typeof requestAnimationFrame === 'function';
    this.snapshot = this.snapshotOf(report, externalRevision, isViewLater);
    for (const watcher of this.watchers) watcher();
    if (isViewLater) this.tellViewAfterFrame();
    else this.tellView();
  }

  /** Typing faster than frames are painted tells the view once per frame, of the latest change. */
  private tellViewAfterFrame(): void {
    this.cancelPendingView ??= afterNextFrame(() => this.tellView());
  }

  private tellView(): void {
    this.cancelPendingView?.();
    this.cancelPendingView = undefined;
    for (const listener of this.listeners) listener();
  }
}
