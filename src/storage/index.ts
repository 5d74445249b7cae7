// What the app may use of storage: the library's reads and writes (each write tells other tabs
// itself), the words for a failure, and the types of an opened draft's session. The session itself
// (the lock that makes one tab the writer, autosave, the write-ahead record of unsaved changes,
// following another tab's saves) is imported from draftSession.ts, the other door: from here, the
// bundler would put it in the library's first load. Everything else here (the database, records,
// locks, the channel's sending side) stays behind these two files; lint keeps the editor to them.

export { describeStorageFailure } from './database.ts';
export type { DraftStore, PageEvents, SaveState, SessionState } from './draftState.ts';
export { quarantineFileName, reportFileName } from './fileName.ts';
export { findSameReport } from './importMatch.ts';
export {
  createReport,
  emptyTrash,
  listReports,
  moveToTrash,
  replaceReport,
  restoreFromTrash,
  updateReport,
  type LibraryEntry,
  type NewerRecord,
} from './library.ts';
export { requestPersistentStorage, type Persistence } from './persistence.ts';
export { newerVersionMessage } from './readRecord.ts';
export type { Quarantined } from './record.ts';
export { listen, type LibraryMessage } from './reportChannel.ts';
export { whileUnlocked } from './reportLock.ts';
