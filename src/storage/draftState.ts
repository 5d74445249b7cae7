// What an opened draft's session is made of and says: the store and page it is given, how far
// its saves have come, and whether the report is open and for what (draftSession.ts).

import type { Report } from '../model/report.ts';
import type { LibraryEntry } from './library.ts';

/** What the session needs of the editor's store. */
export interface DraftStore {
  getSnapshot(): { readonly report: Report };
  /** Calls `listener` at once after every change, so nothing waits to be recorded. */
  watch(listener: () => void): () => void;
  /** Makes the report read-only while another tab writes it (or this one stopped writing). */
  setLock(lock: 'elsewhere', isOn: boolean): void;
  setPrior(prior: Report | undefined): void;
  /** Shows a report stored by another tab, as opening it would. */
  load(report: Report): void;
}

/** What the session needs of the page it lives in. */
export interface PageEvents {
  /** Calls `save` whenever the page is hidden or goes away; returns how to stop. */
  readonly whenLeaving: (save: () => Promise<void>) => () => void;
  /** Asks the user to confirm leaving while `hasUnsaved()`; returns how to stop. */
  readonly warnBeforeLeaving: (hasUnsaved: () => boolean) => () => void;
}

export interface DraftSessionOptions<S extends DraftStore> {
  /** The editor's store for the report as read, with last year's report when one is linked. */
  readonly createStore: (report: Report, prior: Report | undefined) => S;
  readonly page: PageEvents;
}

export type SaveState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'saving' }
  | { readonly kind: 'saved'; readonly at: number }
  | { readonly kind: 'failed'; readonly message: string }
  /** The report was replaced or deleted elsewhere: this tab no longer writes it. */
  | { readonly kind: 'stopped'; readonly message: string };

export type SessionState<S extends DraftStore> =
  | { readonly phase: 'loading' }
  | { readonly phase: 'missing' }
  | { readonly phase: 'failed'; readonly message: string }
  | {
      readonly phase: 'open';
      readonly store: S;
      readonly access: 'writer' | 'reader';
      readonly save: SaveState;
      /** Last year's report, when this one was started from it or it was attached. */
      readonly prior: LibraryEntry | undefined;
      readonly attachPrior: (prior: LibraryEntry | undefined) => Promise<void>;
    };
