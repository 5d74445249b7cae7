import { describe, expect, it } from 'vitest';
import { createBlankReport } from '../../model/blank.ts';
import { checkReport } from '../../model/check.ts';
import { finding } from '../../model/rules/context.ts';
import { fieldNotesOf, groupNotesOf, worstSeverity } from './fieldNotes.ts';
import { headerGroup, otherMattersGroup, overviewGroup } from './fieldPlaces.ts';

const tooLong = finding('L-LEN', {
  section: 's1',
  cells: overviewGroup.places,
  message: '一、总体情况共 1200 字。',
});
const missingDate = finding('C-BLANK', {
  section: 'header',
  cells: ['header.publishDate'],
  message: '尚未填写：发布日期。',
});
const missingTwo = finding('C-BLANK', {
  section: 'header',
  cells: ['header.category', 'header.publishDate'],
  message: '尚未填写：机关类别、发布日期。',
  severity: 'error',
});

describe('fieldNotesOf', () => {
  it('lists a finding about one field under that field', () => {
    expect(fieldNotesOf([missingDate], headerGroup)).toEqual({
      own: [{ severity: 'info', message: '尚未填写：发布日期。' }],
      isInGroupNotes: false,
      worst: 'info',
    });
  });

  it('leaves a finding about several fields of the group to the group, but still marks the field', () => {
    expect(fieldNotesOf([tooLong], overviewGroup)).toEqual({
      own: [],
      isInGroupNotes: true,
      worst: 'warning',
    });
  });

  it('marks a field with the most serious of its findings', () => {
    expect(fieldNotesOf([missingDate, missingTwo], headerGroup).worst).toBe('error');
  });

  it('has nothing to show for a field no finding names', () => {
    expect(fieldNotesOf(undefined, headerGroup)).toEqual({
      own: [],
      isInGroupNotes: false,
      worst: undefined,
    });
  });
});

describe('groupNotesOf', () => {
  it('lists each finding naming two or more of the group’s fields once', () => {
    expect(groupNotesOf([tooLong, missingDate, missingTwo], headerGroup)).toEqual([
      { severity: 'error', message: '尚未填写：机关类别、发布日期。' },
    ]);
  });
});

describe('worstSeverity', () => {
  it.each([
    [[], undefined],
    [['info'], 'info'],
    [['info', 'warning'], 'warning'],
    [['warning', 'error', 'info'], 'error'],
  ] as const)('of %j is %s', (severities, worst) => {
    expect(worstSeverity(severities)).toBe(worst);
  });
});

describe('places', () => {
  it('has a field for every place outside the tables that a rule names', () => {
    const fieldPlaces = new Set([
      ...headerGroup.places,
      'preamble',
      ...overviewGroup.places,
      's5.text',
      ...otherMattersGroup.places,
    ]);
    const named = checkReport(createBlankReport(2024), { stage: 'final' })
      .flatMap((f) => f.cells)
      .filter((place) => !/^t[234]\./.test(place));
    expect(named.length).toBeGreaterThan(0);
    for (const place of named) expect(fieldPlaces).toContain(place);
  });
});
