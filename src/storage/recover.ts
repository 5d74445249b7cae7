// Folds a write-ahead record (unsaved.ts) into the library: the changes a page made but could not
// save before the browser went. Only a tab holding the report's lock does this, so no live writer
// is overwritten; a record that does not fit the stored report is set aside, never dropped.

import { parseReportDocument } from '../model/parse.ts';
import { abandon, toRecord, withDatabase } from './access.ts';
import { hasWebLocks, whileUnlocked } from './reportLock.ts';
import { readRecord } from './readRecord.ts';
import { clearUnsaved, listUnsavedIds, readUnsaved, type ReadUnsaved } from './unsaved.ts';

export type Recovery = 'none' | 'recovered' | 'set-aside';

/** Why a write-ahead record cannot be applied, or undefined when it can. */
function misfit(read: ReadUnsaved, stored: ReturnType<typeof readRecord> | undefined) {
  if (read.kind !== 'unsaved') return '未保存修改的记录已损坏';
  if (stored?.kind !== 'report') return '未保存修改所属的报告已不在报告库中';
  // The writer's last save may have committed just before the browser went, before the record
  // was cleared: one revision ahead is that save, and the record still holds all it wrote.
  const { revision } = stored.entry.meta;
  const { baseRevision } = read.unsaved;
  if (baseRevision !== revision && baseRevision + 1 !== revision) {
    return '未保存修改之后，报告已在别处修改';
  }
  return undefined;
}

/** Applies the unsaved changes of report `id`, if any. The caller holds the report's lock. */
export function recoverUnsaved(id: string): Promise<Recovery> {
  const read = readUnsaved(id);
  if (read.kind === 'none') return Promise.resolve('none');
  return withDatabase(async (db) => {
    const tx = db.transaction(['reports', 'quarantine'], 'readwrite', { durability: 'strict' });
    const stored = readRecord(await tx.objectStore('reports').get(id));
    const now = Date.now();
    const problem = misfit(read, stored);
    const parsed = read.kind === 'unsaved' ? parseReportDocument(read.unsaved.document) : undefined;
    if (
      problem === undefined &&
      stored.kind === 'report' &&
      read.kind === 'unsaved' &&
      parsed?.ok
    ) {
      const meta = {
        ...stored.entry.meta,
        priorId: read.unsaved.priorId,
        revision: stored.entry.meta.revision + 1,
        updatedAt: now,
      };
      await Promise.all([
        tx.objectStore('reports').put(toRecord(meta, parsed.document.report)),
        tx.done,
      ]);
      clearUnsaved(id);
      return 'recovered';
    }
    const problems =
      parsed && !parsed.ok
        ? parsed.problems.map((p) => `未保存的修改：${p.message}`)
        : [problem ?? '未保存的修改无法读取'];
    const raw = read.kind === 'unsaved' ? read.unsaved : read.raw;
    try {
      await Promise.all([
        tx
          .objectStore('quarantine')
          .put({ key: `未保存-${id}@${now}`, quarantinedAt: now, problems, raw }),
        tx.done,
      ]);
    } catch (error) {
      abandon(tx);
      throw error;
    }
    clearUnsaved(id);
    return 'set-aside';
  });
}

/**
 * Folds in every report's unsaved changes that no open tab is writing: the library then lists
 * what the user last typed. Without Web Locks no tab can tell a live writer from a dead one, so
 * only the report itself, when opened, recovers.
 */
export async function recoverAllUnsaved(): Promise<void> {
  if (!hasWebLocks()) return;
  for (const id of listUnsavedIds()) {
    // A failure leaves the record where it is; opening the report tries again and says why.
    await whileUnlocked(id, () => recoverUnsaved(id)).catch(() => undefined);
  }
}
