// Upgrades of older documents, one step per schema version. Every load passes through here, so an
// old file is repaired in one place. Each step takes a document of version N (already known to be
// an object with that schemaVersion) and returns one of version N + 1.

export type Migration = (document: Record<string, unknown>) => Record<string, unknown>;

/** A JSON object: not null, not a list. */
export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Version 2 adds the review (annotations, 定稿, history); a version 1 report was never reviewed. */
const addReview: Migration = (document) => {
  const report = document['report'];
  if (!isRecord(report)) return document; // left for the schema to name what is missing
  return {
    ...document,
    report: { ...report, review: { annotations: [], finalised: null, history: [] } },
  };
};

/** migrations[n] upgrades version n to n + 1. Version 1 is the first published shape. */
export const migrations: Readonly<Record<number, Migration>> = { 1: addReview };

export type MigrationResult =
  | { readonly ok: true; readonly document: Record<string, unknown> }
  | { readonly ok: false; readonly message: string };

export function migrateDocument(
  document: Record<string, unknown>,
  fromVersion: number,
  toVersion: number,
  steps: Readonly<Record<number, Migration>> = migrations,
): MigrationResult {
  let current = document;
  for (let version = fromVersion; version < toVersion; version++) {
    const step = steps[version];
    if (!step) return { ok: false, message: `无法从格式版本 ${version} 升级，文件可能已损坏` };
    current = { ...step(current), schemaVersion: version + 1 };
  }
  return { ok: true, document: current };
}
