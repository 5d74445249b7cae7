// What the library keeps for each report: the versioned JSON envelope, exactly as a file would
// hold it, plus the library's own bookkeeping. The bookkeeping lives here and not in the report
// schema: a report file says what the agency published, the library says where a draft came from.

import { z } from 'zod/mini';

const timestampSchema = z.int({ error: '应为时间戳' }).check(z.nonnegative());

export const recordIdSchema = z.string().check(z.minLength(1, { error: '缺少报告编号' }));

export const libraryRecordSchema = z.object({
  id: recordIdSchema,
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
  /** Bumped by every write; a writer that finds another revision than its own refuses to save. */
  revision: z.int().check(z.nonnegative()),
  /** The library record of last year's report this one was started from, for cross-year checks. */
  priorId: z.nullable(recordIdSchema),
  /** Set while the report is in 回收站; cleared by restoring it. */
  deletedAt: z.nullable(timestampSchema),
  /** The envelope of `toReportDocument`; read only through the model's parse door. */
  document: z.unknown(),
});

export type LibraryRecord = z.infer<typeof libraryRecordSchema>;
export type RecordMeta = Omit<LibraryRecord, 'document'>;

/** A stored value that could not be read, set aside with what was wrong, never dropped. */
export const quarantinedSchema = z.object({
  key: z.string(),
  quarantinedAt: timestampSchema,
  problems: z.array(z.string()),
  raw: z.unknown(),
});

export type Quarantined = z.infer<typeof quarantinedSchema>;

/** Random ids without crypto.randomUUID, which plain-http intranet hosts do not offer. */
export function createRecordId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}
