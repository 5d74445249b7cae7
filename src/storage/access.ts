// The library's transactions share these: one error type for every failure, and one stored shape.

import { toReportDocument } from '../export/json.ts';
import type { Report } from '../model/report.ts';
import { getDatabase, StorageError, describeStorageFailure, type Database } from './database.ts';
import type { LibraryRecord, RecordMeta } from './record.ts';

/** Runs a storage operation, turning every failure into a StorageError with a readable message. */
export async function withDatabase<T>(operation: (db: Database) => Promise<T>): Promise<T> {
  const db = await getDatabase();
  try {
    return await operation(db);
  } catch (error) {
    if (error instanceof StorageError) throw error;
    throw new StorageError(describeStorageFailure(error));
  }
}

/** Aborts a transaction whose `done` nobody awaits, without an unhandled rejection. */
export function abandon(tx: { abort(): void; readonly done: Promise<void> }): void {
  tx.done.catch(() => undefined);
  tx.abort();
}

export function toRecord(meta: RecordMeta, report: Report): LibraryRecord {
  return { ...meta, document: toReportDocument(report) };
}
