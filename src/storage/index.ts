// What the app may use of storage: the library's reads and writes (each write tells other tabs
// itself), the lock that makes one tab the writer, the write-ahead record of unsaved changes, and
// the words for a failure. Everything else here (the database, records, the channel's sending
// side) stays behind this file; lint keeps the editor to it.

export { describeStorageFailure } from './database.ts';
export { quarantineFileName, reportFileName } from './fileName.ts';
export { findSameReport } from './importMatch.ts';
export {
  createReport,
  emptyTrash,
  listReports,
  moveToTrash,
  readReport,
  replaceReport,
  ReportGone,
  restoreFromTrash,
  saveReport,
  updateReport,
  type LibraryEntry,
  type NewerRecord,
} from './library.ts';
export { requestPersistentStorage, type Persistence } from './persistence.ts';
export { newerVersionMessage } from './readRecord.ts';
export type { Quarantined, RecordMeta } from './record.ts';
export { recoverUnsaved } from './recover.ts';
export { listen, type LibraryMessage } from './reportChannel.ts';
export {
  hasWebLocks,
  tryLockReport,
  waitForReportLock,
  whileUnlocked,
  type HeldLock,
} from './reportLock.ts';
export { clearUnsaved, writeUnsaved } from './unsaved.ts';
