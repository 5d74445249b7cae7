// The report store of an opened draft, which can be read-only: the editor has no read-only mode of
// its own, so while another tab writes, every commit, undo and redo is refused here, where all
// edits pass. A refused commit republishes the report unchanged (as a load), so the forms that
// already show the typed text reset to what is stored.

import type { Change } from '../state/change.ts';
import { ReportStore } from '../state/reportStore.ts';

export class SessionStore extends ReportStore {
  private isReadOnly = false;
  private readonly refusalListeners = new Set<() => void>();

  get readOnly(): boolean {
    return this.isReadOnly;
  }

  setReadOnly(isReadOnly: boolean): void {
    this.isReadOnly = isReadOnly;
  }

  /** Called whenever an edit is refused because the page is read-only. */
  onRefused(listener: () => void): () => void {
    this.refusalListeners.add(listener);
    return () => this.refusalListeners.delete(listener);
  }

  override commit(change: Change | undefined, now?: number): void {
    if (!this.isReadOnly) {
      super.commit(change, now);
      return;
    }
    if (!change) return;
    this.load(this.getSnapshot().report);
    for (const listener of this.refusalListeners) listener();
  }

  override undo(): void {
    if (!this.isReadOnly) super.undo();
  }

  override redo(): void {
    if (!this.isReadOnly) super.redo();
  }
}
