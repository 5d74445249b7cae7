import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { reportArbitrary } from '../../testing/arbitraries.ts';
import {
  normalizeFeeInput,
  otherMattersToFormValues,
  readFeeInput,
  withItemAdded,
  withItemRemoved,
  withItemText,
} from './otherMattersValues.ts';

describe('readFeeInput', () => {
  it.each([
    ['', null],
    ['   ', null],
    ['0', '0'],
    ['0.00', '0'],
    ['12.50', '12.5'],
    ['3940', '3940'],
    ['3,940.5', '3940.5'],
    ['１２．５', '12.5'],
    ['120元', '120'],
  ])('reads %j as %j', (text, value) => {
    expect(readFeeInput(text)).toEqual({ ok: true, value });
  });

  it.each([
    ['12.345', '最多保留 2 位小数（单位：元）'],
    ['-5', '应为非负金额（单位：元）'],
    ['约100', '应为非负金额（单位：元）'],
    ['1,23', '应为非负金额（单位：元）'],
  ])('refuses %j with “%s”', (text, message) => {
    expect(readFeeInput(text)).toEqual({ ok: false, message });
  });

  it('passes text that is no amount on for the schema to name', () => {
    expect(normalizeFeeInput('约100')).toBe('约100');
  });

  it('reads every fee a report may hold back from the form unchanged', () => {
    fc.assert(
      fc.property(reportArbitrary(), ({ otherMatters }) => {
        const text = otherMattersToFormValues(otherMatters).processingFee;
        expect(readFeeInput(text)).toEqual({ ok: true, value: otherMatters.processingFee });
      }),
    );
  });
});

describe('items', () => {
  const otherMatters = {
    processingFee: '0',
    text: '',
    items: [
      { title: '人大代表建议办理', text: '甲' },
      { title: '政协提案办理', text: '乙' },
    ],
  };

  it('adds a blank item at the end', () => {
    expect(withItemAdded(otherMatters).items).toEqual([
      ...otherMatters.items,
      { title: '', text: '' },
    ]);
  });

  it('removes the item at an index and keeps the others in order', () => {
    expect(withItemRemoved(otherMatters, 0).items).toEqual([otherMatters.items[1]]);
  });

  it('changes one field of one item', () => {
    expect(withItemText(otherMatters, 1, 'text', '丙').items).toEqual([
      otherMatters.items[0],
      { title: '政协提案办理', text: '丙' },
    ]);
  });

  it('leaves the report part it was given untouched', () => {
    withItemText(otherMatters, 0, 'title', '新标题');
    expect(otherMatters.items[0]?.title).toBe('人大代表建议办理');
  });
});
