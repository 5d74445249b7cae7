// The report library: every draft in IndexedDB. Reads go through the record schema and the model's
// parse door; a stored value that fails either is set aside in `quarantine`, never dropped and
// never allowed to break the list. Writes bump a revision, and a save refuses to overwrite a
// revision it did not start from.

import type { Report } from '../model/report.ts';
import { abandon, toRecord, withDatabase } from './access.ts';
import { StorageError, type Database } from './database.ts';
import {
  createRecordId,
  libraryRecordSchema,
  type Quarantined,
  type RecordMeta,
} from './record.ts';
import { recoverAllUnsaved } from './recover.ts';
import { announce } from './reportChannel.ts';
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

export async function listReports(): Promise<LibraryListing> {
  await recoverAllUnsaved();
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
    const record = toRecord(meta, report);
    // A report no read would accept (开始下一年度 from 2100 made a 2101 one) is refused here:
    // stored, it opened as gone and was listed among the drafts that could not be read.
    const read = readRecord(record);
    if (read.kind === 'unreadable') throw new StorageError(`未能新建：${read.problems.join('；')}`);
    await db.add('reports', record);
    announce({ type: 'library-changed' });
    return { meta, report };
  });
}

/** Another tab wrote this report since the writer read it. */
export class RevisionConflict extends StorageError {}

/** The report was replaced, moved to 回收站 or deleted since the writer read it. */
export class ReportGone extends StorageError {}

const goneMessage =
  '这份报告已在另一个标签页中被替换或删除（已移入回收站），本页的修改未保存以免覆盖';

/**
 * Writes a report as the next revision of `meta` and returns the new bookkeeping.
 *
 * A writer holding the report's Web Lock is the only one, so its write is queued at once and
 * committed at once: it may be the last thing a closing page does, and a transaction waiting on a
 * read when its page goes can hold the store until the browser lets go of it. The record it
 * replaces is read in the same transaction; if a 替换 or 删除 in another tab (which the lock cannot
 * stop) got in first, that record is put back as it was and the writer is told (ReportGone).
 * Without Web Locks (`verify`), the stored revision is read first and another tab's newer save is
 * never overwritten.
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
        if (stored.success && stored.data.deletedAt === null) {
          throw new RevisionConflict('这份报告已在另一个标签页中修改，本页的修改未保存以免覆盖');
        }
        throw new ReportGone(goneMessage);
      }
    }
    const replaced = verify ? undefined : tx.store.get(meta.id);
    const written = tx.store.put(toRecord(next, report));
    tx.commit();
    const [previous] = await Promise.all([replaced, written, tx.done]);
    if (!verify) await undoIfGone(db, meta.id, previous, next.revision);
    announce({ type: 'saved', id: meta.id, revision: next.revision });
    return next;
  });
}

/** Puts back what a save replaced when that was a report in 回收站, or nothing at all. */
async function undoIfGone(
  db: Database,
  id: string,
  previous: unknown,
  revision: number,
): Promise<void> {
  const stored = libraryRecordSchema.safeParse(previous);
  if (stored.success && stored.data.deletedAt === null) return;
  const tx = db.transaction('reports', 'readwrite', { durability: 'strict' });
  const restored = stored.success
    ? tx.store.put({ ...stored.data, revision: revision + 1, updatedAt: Date.now() })
    : tx.store.delete(id);
  tx.commit();
  await Promise.all([restored, tx.done]);
  // A library that listed the report between the two writes would show it outside 回收站.
  announce({ type: 'library-changed' });
  throw new ReportGone(goneMessage);
}

/** Changes a stored report or its bookkeeping in one transaction (rename, trash, restore). */
export function updateReport(
  id: string,
  update: (entry: LibraryEntry) => LibraryEntry,
  /** False for a move that leaves the report as it was (回收站 and back): 最后修改 stays. */
  { touch = true }: { readonly touch?: boolean } = {},
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
      updatedAt: touch ? Date.now() : read.entry.meta.updatedAt,
    };
    await Promise.all([tx.store.put(toRecord(meta, updated.report)), tx.done]);
    announce({ type: 'library-changed' });
    return { meta, report: updated.report };
  });
}

export const moveToTrash = (id: string) =>
  updateReport(id, ({ meta, report }) => ({ meta: { ...meta, deletedAt: Date.now() }, report }), {
    touch: false,
  });

export const restoreFromTrash = (id: string) =>
  updateReport(id, ({ meta, report }) => ({ meta: { ...meta, deletedAt: null }, report }), {
    touch: false,
  });

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
    if (removed > 0) announce({ type: 'library-changed' });
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
    // A tab editing the old report must learn at once that its writes would go to 回收站.
    if (old.kind === 'report') announce({ type: 'replaced', id: oldId, by: meta.id });
    announce({ type: 'library-changed' });
    return { meta, report };
  });
}
