// How one stored value is read. Stored values are untrusted: another version of the app, a
// damaged profile or a hand edit may have written them. Each is either a report, a report of a
// newer version (left where it is: a newer build can read it), or unreadable (set aside).

import { z } from 'zod/mini';
import { currentSchemaVersion } from '../model/document.ts';
import { parseReportDocument } from '../model/parse.ts';
import type { Report } from '../model/report.ts';
import {
  libraryRecordSchema,
  quarantinedSchema,
  type Quarantined,
  type RecordMeta,
} from './record.ts';

export interface LibraryEntry {
  readonly meta: RecordMeta;
  readonly report: Report;
}

/** Only what the library can say about a record of a newer version, without understanding it. */
const newerRecordSchema = z.object({
  id: z.string().check(z.minLength(1)),
  document: z.object({
    schemaVersion: z.int().check(z.gt(currentSchemaVersion)),
    report: z.catch(
      z.object({
        header: z.catch(
          z.object({
            agencyName: z.catch(z.string(), ''),
            year: z.catch(z.optional(z.int()), undefined),
          }),
          { agencyName: '' },
        ),
      }),
      { header: { agencyName: '' } },
    ),
  }),
});

export type NewerRecord = z.infer<typeof newerRecordSchema>;

export type ReadRecord =
  | { readonly kind: 'report'; readonly entry: LibraryEntry }
  | { readonly kind: 'newer'; readonly record: NewerRecord }
  | { readonly kind: 'unreadable'; readonly problems: string[] };

export const newerVersionMessage = '由更新版本创建，请升级后打开';

/** Words for zod's own issues (its wording is English); the schemas' own messages come first. */
const describeIssue = (issue: { readonly code?: string; readonly input?: unknown }): string => {
  if (issue.input === undefined) return '缺少此项';
  return issue.code === 'invalid_type' ? '类型不正确' : '取值不正确';
};

export function readRecord(raw: unknown): ReadRecord {
  const newer = newerRecordSchema.safeParse(raw);
  if (newer.success) return { kind: 'newer', record: newer.data };
  const record = libraryRecordSchema.safeParse(raw, { error: describeIssue });
  if (!record.success) {
    return {
      kind: 'unreadable',
      problems: record.error.issues.map(
        (issue) => `草稿记录·${issue.path.join('.') || '整体'}：${issue.message}`,
      ),
    };
  }
  const { document, ...meta } = record.data;
  const parsed = parseReportDocument(document);
  if (!parsed.ok) {
    return { kind: 'unreadable', problems: parsed.problems.map((problem) => problem.message) };
  }
  return { kind: 'report', entry: { meta, report: parsed.document.report } };
}

/**
 * A set-aside value as the library shows it. One that is itself malformed (written by another
 * version, or damaged) is wrapped whole, so it stays downloadable and the list stays readable.
 */
export function readQuarantined(
  key: IDBValidKey,
  raw: unknown,
): { readonly item: Quarantined; readonly isRewrapped: boolean } {
  const read = quarantinedSchema.safeParse(raw);
  if (read.success && read.data.key === key) return { item: read.data, isRewrapped: false };
  const item: Quarantined = {
    key: typeof key === 'string' ? key : `set-aside-${String(key)}`,
    quarantinedAt: Date.now(),
    problems: ['另行保存的记录本身格式有误，已按原样保留'],
    raw,
  };
  return { item, isRewrapped: true };
}
