// The write-ahead record of a draft's unsaved changes. IndexedDB writes are asynchronous: a
// browser that quits right after a keystroke may never commit them. localStorage is written
// synchronously, so the writer puts the whole unsaved report there on every change, and the next
// open folds it into the library (recoverUnsaved) before anything else reads the report.

import { z } from 'zod/mini';
import { toReportDocument } from '../export/json.ts';
import type { Report } from '../model/report.ts';
import { recordIdSchema, type RecordMeta } from './record.ts';

const keyPrefix = 'nianbao-unsaved-';
const unsavedKey = (id: string) => `${keyPrefix}${id}`;

/** What the writer knew when it wrote: the stored revision its changes build on. */
export const unsavedSchema = z.object({
  id: recordIdSchema,
  baseRevision: z.int().check(z.nonnegative()),
  priorId: z.nullable(recordIdSchema),
  writtenAt: z.int().check(z.nonnegative()),
  /** The report's envelope; read only through the model's parse door. */
  document: z.unknown(),
});

export type Unsaved = z.infer<typeof unsavedSchema>;

function storage(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined; // SecurityError: storage disabled for this page
  }
}

/** Records the unsaved report; false when the browser refused (quota, storage disabled). */
export function writeUnsaved(meta: RecordMeta, report: Report): boolean {
  const record: Unsaved = {
    id: meta.id,
    baseRevision: meta.revision,
    priorId: meta.priorId,
    writtenAt: Date.now(),
    document: toReportDocument(report),
  };
  try {
    storage()?.setItem(unsavedKey(meta.id), JSON.stringify(record));
    return true;
  } catch {
    return false;
  }
}

export function clearUnsaved(id: string): void {
  try {
    storage()?.removeItem(unsavedKey(id));
  } catch {
    // Nothing to clear where storage is disabled.
  }
}

export type ReadUnsaved =
  | { readonly kind: 'none' }
  | { readonly kind: 'unsaved'; readonly unsaved: Unsaved }
  | { readonly kind: 'unreadable'; readonly raw: string };

export function readUnsaved(id: string): ReadUnsaved {
  const text = storage()?.getItem(unsavedKey(id));
  if (text === null || text === undefined) return { kind: 'none' };
  try {
    const read = unsavedSchema.safeParse(JSON.parse(text));
    if (read.success && read.data.id === id) return { kind: 'unsaved', unsaved: read.data };
  } catch {
    // Not JSON: damaged, reported below like any other unreadable record.
  }
  return { kind: 'unreadable', raw: text };
}

/** The reports with a write-ahead record, for the library to fold in when it opens. */
export function listUnsavedIds(): string[] {
  const local = storage();
  if (!local) return [];
  const ids: string[] = [];
  for (let i = 0; i < local.length; i += 1) {
    const key = local.key(i);
    if (key?.startsWith(keyPrefix) && key.length > keyPrefix.length) {
      ids.push(key.slice(keyPrefix.length));
    }
  }
  return ids;
}
