import { describe, expect, it } from 'vitest';
import { toReportDocument } from '../export/json.ts';
import { currentSchemaVersion } from '../model/document.ts';
import { sampleReport } from '../sample/mudanjiang2024.ts';
import { readQuarantined, readRecord } from './readRecord.ts';

const meta = {
  id: 'a1',
  createdAt: 1,
  updatedAt: 2,
  revision: 3,
  priorId: null,
  deletedAt: null,
};
const stored = { ...meta, document: toReportDocument(sampleReport) };

describe('readRecord', () => {
  it('reads a stored report through the parse door', () => {
    const read = readRecord(structuredClone(stored));
    expect(read.kind === 'report' && read.entry.meta).toEqual(meta);
  });

  it('leaves a newer version’s report alone, saying what it can of it', () => {
    const newer = {
      ...stored,
      unknownBookkeeping: true,
      document: { ...stored.document, schemaVersion: currentSchemaVersion + 1 },
    };
    const read = readRecord(newer);
    expect(read.kind).toBe('newer');
    expect(read.kind === 'newer' && read.record.document.report.header).toEqual({
      agencyName: sampleReport.header.agencyName,
      year: sampleReport.header.year,
    });
  });

  it.each([
    ['not a record', 7],
    ['a record without bookkeeping', { id: 'x', document: stored.document }],
    ['a report that fails the schema', { ...stored, document: { ...stored.document, report: 1 } }],
  ])('finds %s unreadable, with problems in Chinese', (_what, raw) => {
    const read = readRecord(raw);
    expect(read.kind).toBe('unreadable');
    if (read.kind === 'unreadable') {
      expect(read.problems.length).toBeGreaterThan(0);
      for (const problem of read.problems) expect(problem).not.toMatch(/Invalid|expected/);
    }
  });
});

describe('readQuarantined', () => {
  it('keeps a well-formed set-aside value as it is', () => {
    const item = { key: 'k', quarantinedAt: 1, problems: ['坏了'], raw: 1 };
    expect(readQuarantined('k', item)).toEqual({ item, isRewrapped: false });
  });

  it('wraps a malformed one whole, under its own key, so it stays downloadable', () => {
    const raw = { key: 'q', quarantinedAt: 1, problems: null, raw: 1 };
    const { item, isRewrapped } = readQuarantined('q', raw);
    expect(isRewrapped).toBe(true);
    expect(item).toMatchObject({ key: 'q', raw });
    expect(item.problems).toHaveLength(1);
  });
});
