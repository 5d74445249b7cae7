import { describe, expect, it } from 'vitest';
import { createRecordId, libraryRecordSchema } from './record.ts';

const valid = {
  id: 'a1',
  createdAt: 1_700_000_000_000,
  updatedAt: 1_700_000_001_000,
  revision: 3,
  priorId: null,
  deletedAt: null,
  document: { format: 'nianbao-report' },
};

describe('libraryRecordSchema', () => {
  it('accepts a record with bookkeeping and an envelope it does not look into', () => {
    expect(libraryRecordSchema.safeParse(valid).success).toBe(true);
    expect(libraryRecordSchema.safeParse({ ...valid, priorId: 'b2', deletedAt: 5 }).success).toBe(
      true,
    );
  });

  it.each([
    ['a missing id', { ...valid, id: undefined }],
    ['an empty id', { ...valid, id: '' }],
    ['a fractional revision', { ...valid, revision: 1.5 }],
    ['a negative timestamp', { ...valid, updatedAt: -1 }],
    ['a date string for a timestamp', { ...valid, createdAt: '2024-01-01' }],
    ['a missing priorId', { ...valid, priorId: undefined }],
  ])('rejects %s', (_what, record) => {
    expect(libraryRecordSchema.safeParse(record).success).toBe(false);
  });

  it('rejects what is not a record at all', () => {
    expect(libraryRecordSchema.safeParse('garbage').success).toBe(false);
    expect(libraryRecordSchema.safeParse(null).success).toBe(false);
  });
});

describe('createRecordId', () => {
  it('makes distinct hexadecimal ids', () => {
    const ids = new Set(Array.from({ length: 100 }, createRecordId));
    expect(ids.size).toBe(100);
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{24}$/);
  });
});
