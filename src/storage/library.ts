// The report library: every draft in IndexedDB. Reads go through the record schema and the model's
// parse door; a stored value that fails either is set aside in `quarantine`, never dropped and
// never allowed to break the list. Writes bump a revision, and a save refuses to overwrite a
// revision it did not start from.

import type { Report } from '../model/report.ts';
import { toReportDocument } from '../export/json.ts';
import { getDatabase, StorageError, describeStorageFailure, type Database } from './database.ts';
import {
  createRecordId,
  libraryRecordSchema,
  type LibraryRecord,
  type Quarantined,
  type RecordMeta,
} from './record.ts';
import {
  newerVersionMessage,
  readQuarantined,
  readRecord,
  type LibraryEntry,
  type NewerRecord,
} from './readRecord.ts';

export type { LibraryEntry, NewerRecord };

export interface LibraryListing {
  readonly entries: readonly LibraryEntry[];
  /** Reports a newer version wrote: left as they are, listed read-only. */
  readonly newer: readonly NewerRecord[];
  readonly quarantined: readonly Quarantined[];
}

/** Runs a storage operation, turning every failure into a StorageError with a readable message. */
async function withDatabase<T>(operation: (db: Database) => Promise<T>): Promise<T> {
  const db = await getDatabase();
  try {
    return await operation(db);
  } catch (error) {
    if (error instanceof StorageError) throw error;
    throw new StorageError(describeStorageFailure(error));
  }
}

/** Aborts a transaction whose `done` nobody awaits, without an unhandled rejection. */
function abandon(tx: { abort(): void; readonly done: Promise<void> }): void {
  tx.done.catch(() => undefined);
  tx.abort();
}

function toRecord(meta: RecordMeta, report: Report): LibraryRecord {
  return { ...meta, document: toReportDocument(report) };
}

/** Moves an unreadable record, under the key it was stored with, to `quarantine`. */
async function setAside(
  db: Database,
  key: IDBValidKey,
  raw: unknown,
  problems: string[],
): Promise<void> {
  const tx = db.transaction(['reports', 'quarantine'], 'readwrite');
  const quarantinedAt = Date.now();
  await Promise.all([
    tx
      .objectStore('quarantine')
      .put({ key: `${String(key)}@${quarantinedAt}`, quarantinedAt, problems, raw }),
    tx.objectStore('reports').delete(key),
    tx.done,
  ]);
}

/** What was set aside; a malformed entry there is rewrapped whole, never dropped. */
async function listQuarantined(db: Database): Promise<Quarantined[]> {
  const tx = db.transaction('quarantine');
  const [keys, values] = await Promise.all([tx.store.getAllKeys(), tx.store.getAll(), tx.done]);
  const read = values.map((raw, i) => ({
    old: keys[i] ?? '',
    ...readQuarantined(keys[i] ?? '', raw),
  }));
  const rewrapped = read.filter((entry) => entry.isRewrapped);
  if (rewrapped.length > 0) {
    const fix = db.transaction('quarantine', 'readwrite');
    await Promise.all([
      ...rewrapped.flatMap(({ old, item }) =>
        old === item.key ? [fix.store.put(item)] : [fix.store.delete(old), fix.store.put(item)],
      ),
      fix.done,
    ]);
  }
  return read.map((entry) => entry.item);
}

export function listReports(): Promise<LibraryListing> {
  return withDatabase(async (db) => {
    const tx = db.transaction('reports');
    const [keys, values] = await Promise.all([tx.store.getAllKeys(), tx.store.getAll(), tx.done]);
    const entries: LibraryEntry[] = [];
    const newer: NewerRecord[] = [];
    for (const [i, raw] of values.entries()) {
      const read = readRecord(raw);
      if (read.kind === 'report') entries.push(read.entry);
      else if (read.kind === 'newer') newer.push(read.record);
      else await setAside(db, keys[i] ?? '', raw, read.problems);
    }
    return { entries, newer, quarantined: await listQuarantined(db) };
  });
}

/**
 * One report, or undefined when it is not in the library (or had to be set aside). A report of a
 * newer version is refused with a StorageError that says so, and stays where it is.
 */
export function readReport(id: string): Promise<LibraryEntry | undefined> {
  return withDatabase(async (db) => {
    const raw = await db.get('reports', id);
    if (raw === undefined) return undefined;
    const read = readRecord(raw);
    if (read.kind === 'report') return read.entry;
    if (read.kind === 'newer') throw new StorageError(newerVersionMessage);
    await setAside(db, id, raw, read.problems);
    return undefined;
  });
}

/** The bookkeeping of a report entering the library now. */
function newRecordMeta(priorId: string | null): RecordMeta {
  const now = Date.now();
  return {
    id: createRecordId(),
    createdAt: now,
    updatedAt: now,
    revision: 1,
    priorId,
    deletedAt: null,
  };
}

export function createReport(
  report: Report,
  { priorId = null }: { readonly priorId?: string | null } = {},
): Promise<LibraryEntry> {
  return withDatabase(async (db) => {
    const meta = newRecordMeta(priorId);
    await db.add('reports', toRecord(meta, report));
    return { meta, report };
  });
}

/** Another tab wrote this report since the writer read it. */
export class RevisionConflict extends StorageError {}

/**
 * Writes a report as the next revision of `meta` and returns the new bookkeeping. A writer holding
 * the report's Web Lock is the only one, so its write is one request, committed at once: it may be
 * the last thing a closing page does, and a read first would need the page to live one more round
 * trip. Without Web Locks (`verify`), the stored revision is read first and another tab's newer
 * save is never overwritten.
 */
export function saveReport(
  meta: RecordMeta,
  report: Report,
  { verify }: { readonly verify: boolean },
): Promise<RecordMeta> {
  return withDatabase(async (db) => {
    const next: RecordMeta = { ...meta, revision: meta.revision + 1, updatedAt: Date.now() };
    const tx = db.transaction('reports', 'readwrite', { durability: 'strict' });
    if (verify) {
      const stored = libraryRecordSchema.safeParse(await tx.store.get(meta.id));
      if (!stored.success || stored.data.revision !== meta.revision) {
        abandon(tx);
        throw stored.success
          ? new RevisionConflict('这份报告已在另一个标签页中修改，本页的修改未保存以免覆盖')
          : new StorageError('这份报告已不在报告库中（可能在另一个标签页中被删除）');
      }
    }
    const written = tx.store.put(toRecord(next, report));
    tx.commit();
    await Promise.all([written, tx.done]);
    return next;
  });
}

/** Changes a stored report or its bookkeeping in one transaction (rename, trash, restore). */
export function updateReport(
  id: string,
  update: (entry: LibraryEntry) => LibraryEntry,
): Promise<LibraryEntry> {
  return withDatabase(async (db) => {
    const tx = db.transaction('reports', 'readwrite');
    const read = readRecord(await tx.store.get(id));
    if (read.kind !== 'report') {
      abandon(tx);
      throw new StorageError(
        read.kind === 'newer' ? newerVersionMessage : '这份报告已不在报告库中',
      );
    }
    const updated = update(read.entry);
    const meta: RecordMeta = {
      ...updated.meta,
      revision: read.entry.meta.revision + 1,
      updatedAt: Date.now(),
    };
    await Promise.all([tx.store.put(toRecord(meta, updated.report)), tx.done]);
    return { meta, report: updated.report };
  });
}

export const moveToTrash = (id: string) =>
  updateReport(id, ({ meta, report }) => ({ meta: { ...meta, deletedAt: Date.now() }, report }));

export const restoreFromTrash = (id: string) =>
  updateReport(id, ({ meta, report }) => ({ meta: { ...meta, deletedAt: null }, report }));

/** Deletes every report in 回收站 for good; returns how many. */
export function emptyTrash(): Promise<number> {
  return withDatabase(async (db) => {
    const tx = db.transaction('reports', 'readwrite');
    let removed = 0;
    let cursor = await tx.store.openCursor();
    while (cursor) {
      // A newer version's record may look like one in the trash; it is not this build's to delete.
      const record = readRecord(cursor.value);
      if (record.kind === 'report' && record.entry.meta.deletedAt !== null) {
        await cursor.delete();
        removed += 1;
      }
      cursor = await cursor.continue();
    }
    await tx.done;
    return removed;
  });
}

/** 替换 on import: the old report goes to 回收站 and the new one takes its place, in one step. */
export function replaceReport(oldId: string, report: Report): Promise<LibraryEntry> {
  return withDatabase(async (db) => {
    const tx = db.transaction('reports', 'readwrite');
    const old = readRecord(await tx.store.get(oldId));
    const meta = newRecordMeta(old.kind === 'report' ? old.entry.meta.priorId : null);
    const writes: Promise<unknown>[] = [tx.store.add(toRecord(meta, report))];
    if (old.kind === 'report') {
      const trashed = {
        ...old.entry.meta,
        deletedAt: meta.createdAt,
        revision: old.entry.meta.revision + 1,
      };
      writes.push(tx.store.put(toRecord(trashed, old.entry.report)));
    }
    await Promise.all([...writes, tx.done]);
    return { meta, report };
  });
}
