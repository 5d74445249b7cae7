// An opened draft: its store, whether this tab may write it, and its autosave.
//
// The tab holding the report's Web Lock writes: every committed change is saved at most
// `autosaveDelayMs` after it, and at once when the page is hidden or goes away. Another tab opens
// it read-only, follows the writer's saves (BroadcastChannel, then a read from IndexedDB), and
// waits for the lock to take over when the writer closes.
//
// Every change is first recorded synchronously as the report's write-ahead record (a browser that
// quits may never commit the IndexedDB write), cleared once a save of exactly that report commits;
// the writer folds a leftover record in before it reads. A writer whose report was replaced or
// deleted elsewhere stops writing and says so.
//
// The session knows the editor's store and the page only through what it is given (DraftStore,
// PageEvents): storage never imports the UI.

import type { Report } from '../model/report.ts';
import { describeStorageFailure } from './database.ts';
import { type LibraryEntry, readReport, ReportGone, saveReport } from './library.ts';
import type { RecordMeta } from './record.ts';
import { recoverUnsaved } from './recover.ts';
import { type LibraryMessage, listen } from './reportChannel.ts';
import { hasWebLocks, type HeldLock, tryLockReport, waitForReportLock } from './reportLock.ts';
import { clearUnsaved, writeUnsaved } from './unsaved.ts';
import type { DraftSessionOptions, DraftStore, SaveState, SessionState } from './draftState.ts';

const autosaveDelayMs = 500;

export class DraftSession<S extends DraftStore> {
  private state: SessionState<S> = { phase: 'loading' };
  private readonly listeners = new Set<() => void>();
  private readonly cleanups: (() => void)[] = [];
  private readonly stopWaiting = new AbortController();
  private isDisposed = false;
  private lock: HeldLock | undefined;
  /** The stored record this tab's report was read from or last written as. */
  private meta: RecordMeta | undefined;
  /** The report as last stored; anything else in the store is unsaved. */
  private savedReport: Report | undefined;
  private timer: number | undefined;
  private writing: Promise<void> | undefined;
  /** The bookkeeping changed (last year's report attached) and is not yet stored. */
  private isMetaChanged = false;

  constructor(
    readonly id: string,
    private readonly options: DraftSessionOptions<S>,
  ) {}

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getState = (): SessionState<S> => this.state;

  async start(): Promise<void> {
    try {
      // The lock before the read: a writer that read first could miss the last save of the tab
      // it takes over from.
      const lock = await tryLockReport(this.id);
      // Changes a page made before the browser went are folded in by the next writer, first.
      if (lock) await recoverUnsaved(this.id);
      const entry = await readReport(this.id);
      const prior = entry?.meta.priorId
        ? await readReport(entry.meta.priorId).catch(() => undefined)
        : undefined;
      if (this.isDisposed || !entry) {
        lock?.release();
        if (!this.isDisposed) this.set({ phase: 'missing' });
        return;
      }
      const store = this.options.createStore(entry.report, prior?.report);
      store.setLock('elsewhere', !lock);
      this.lock = lock;
      this.meta = entry.meta;
      this.savedReport = entry.report;
      this.cleanups.push(
        store.watch(this.onChange),
        listen(this.follow),
        this.options.page.whenLeaving(this.flush),
        this.options.page.warnBeforeLeaving(this.hasUnsaved),
      );
      this.set({
        phase: 'open',
        store,
        access: lock ? 'writer' : 'reader',
        save: { kind: 'idle' },
        prior,
        attachPrior: this.attachPrior,
      });
      if (!lock) void this.waitToWrite(store);
    } catch (error) {
      if (!this.isDisposed) this.set({ phase: 'failed', message: describeStorageFailure(error) });
    }
  }

  /** Saves what is unsaved, then lets another tab take over. */
  dispose(): void {
    this.isDisposed = true;
    this.stopWaiting.abort();
    for (const cleanup of this.cleanups.splice(0)) cleanup();
    const lock = this.lock;
    void this.flush().finally(() => lock?.release());
  }

  /** Saves now whatever is unsaved; resolves when it is written (or failed). */
  readonly flush = async (): Promise<void> => {
    window.clearTimeout(this.timer);
    this.timer = undefined;
    // One write at a time, each from the revision the last one wrote.
    while (this.writing) await this.writing;
    const { state, meta } = this;
    if (state.phase !== 'open' || state.access !== 'writer' || !meta) return;
    const report = state.store.getSnapshot().report;
    if (report === this.savedReport && !this.isMetaChanged) return;
    this.setSave({ kind: 'saving' });
    const writesMeta = this.isMetaChanged;
    this.isMetaChanged = false;
    this.writing = saveReport(meta, report, { verify: !hasWebLocks() }).then(
      (written) => {
        // A prior attached while this write was under way stays attached, for the next write.
        this.meta = this.isMetaChanged
          ? { ...written, priorId: this.meta?.priorId ?? null }
          : written;
        this.savedReport = report;
        const isCurrent = state.store.getSnapshot().report === report && !this.isMetaChanged;
        // The write-ahead record goes only with the changes it holds; newer ones are rebased.
        if (isCurrent) clearUnsaved(this.id);
        else this.recordUnsaved();
        this.setSave(isCurrent ? { kind: 'saved', at: Date.now() } : { kind: 'saving' });
        if (!isCurrent) this.scheduleSave();
      },
      (error: unknown) => {
        this.isMetaChanged ||= writesMeta;
        if (error instanceof ReportGone) this.stopWriting(error.message);
        else this.setSave({ kind: 'failed', message: describeStorageFailure(error) });
      },
    );
    await this.writing.finally(() => (this.writing = undefined));
  };

  /**
   * Attaches last year's report (or detaches it, with undefined): the cross-year rules run against
   * it at once, and the link is stored with this report's next save, which starts now.
   */
  readonly attachPrior = async (prior: LibraryEntry | undefined): Promise<void> => {
    const { state, meta } = this;
    if (state.phase !== 'open' || state.access !== 'writer' || !meta) return;
    this.meta = { ...meta, priorId: prior?.meta.id ?? null };
    this.isMetaChanged = true;
    this.recordUnsaved();
    state.store.setPrior(prior?.report);
    this.set({ ...state, prior });
    await this.flush();
  };

  /** Whether leaving now could lose a change: not yet stored, or its save failed. */
  private readonly hasUnsaved = (): boolean => {
    const { state } = this;
    if (state.phase !== 'open' || state.access !== 'writer') return false;
    if (state.save.kind === 'failed' || this.isMetaChanged || this.writing) return true;
    return state.store.getSnapshot().report !== this.savedReport;
  };

  private readonly onChange = (): void => {
    this.recordUnsaved();
    this.scheduleSave();
  };

  /** Synchronously, so a change survives the browser quitting right after it. */
  private recordUnsaved(): void {
    const { state, meta } = this;
    if (state.phase !== 'open' || state.access !== 'writer' || !meta) return;
    const { report } = state.store.getSnapshot();
    if (report !== this.savedReport || this.isMetaChanged) writeUnsaved(meta, report);
  }

  /** Another tab replaced or deleted the report: no write of this tab may bring it back. */
  private stopWriting(message: string): void {
    const { state } = this;
    if (state.phase !== 'open' || state.access !== 'writer') return;
    window.clearTimeout(this.timer);
    this.timer = undefined;
    this.lock?.release();
    this.lock = undefined;
    state.store.setLock('elsewhere', true);
    this.set({ ...state, access: 'reader', save: { kind: 'stopped', message } });
  }

  /** At most one pending save: a steady stream of edits is still saved every `autosaveDelayMs`. */
  private readonly scheduleSave = (): void => {
    const { state } = this;
    if (state.phase !== 'open' || state.access !== 'writer' || this.timer !== undefined) return;
    if (state.store.getSnapshot().report === this.savedReport) return;
    if (state.save.kind !== 'failed') this.setSave({ kind: 'saving' });
    this.timer = window.setTimeout(() => void this.flush(), autosaveDelayMs);
  };

  /** A read-only tab reloads the writer's saves; a writer stops when its report is replaced. */
  private readonly follow = (message: LibraryMessage): void => {
    const { state } = this;
    if (message.type === 'replaced' && message.id === this.id) {
      // Pending changes stay in the write-ahead record, which a later open folds into 回收站's copy.
      this.stopWriting('这份报告已在另一个标签页中被替换（旧版已移入回收站），本页不再保存');
      return;
    }
    if (message.type !== 'saved' || message.id !== this.id) return;
    if (state.phase !== 'open' || state.access !== 'reader') return;
    if (this.meta && message.revision <= this.meta.revision) return;
    void this.reload(state.store).catch((error: unknown) =>
      this.setSave({ kind: 'failed', message: describeStorageFailure(error) }),
    );
  };

  private async reload(store: S): Promise<boolean> {
    const entry = await readReport(this.id);
    if (!entry || this.isDisposed) return false;
    if (this.meta && entry.meta.revision <= this.meta.revision) return true;
    this.meta = entry.meta;
    this.savedReport = entry.report;
    store.load(entry.report);
    return true;
  }

  private async waitToWrite(store: S): Promise<void> {
    let lock: HeldLock;
    try {
      lock = await waitForReportLock(this.id, this.stopWaiting.signal);
    } catch {
      return; // aborted: this page closed the report first
    }
    if (this.isDisposed) {
      lock.release();
      return;
    }
    try {
      if (!(await this.reload(store))) {
        lock.release();
        this.set({ phase: 'missing' });
        return;
      }
    } catch (error) {
      lock.release();
      this.setSave({ kind: 'failed', message: describeStorageFailure(error) });
      return;
    }
    this.lock = lock;
    // The tab it takes over from may have gone before saving everything.
    try {
      if ((await recoverUnsaved(this.id)) === 'recovered') await this.reload(store);
    } catch (error) {
      this.setSave({ kind: 'failed', message: describeStorageFailure(error) });
    }
    store.setLock('elsewhere', false);
    if (this.state.phase === 'open') this.set({ ...this.state, access: 'writer' });
  }

  private setSave(save: SaveState): void {
    if (this.state.phase === 'open') this.set({ ...this.state, save });
  }

  private set(state: SessionState<S>): void {
    this.state = state;
    for (const listener of this.listeners) listener();
  }
}
