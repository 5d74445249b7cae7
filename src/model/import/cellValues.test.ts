import { describe, expect, it } from 'vitest';
import { cellRole, readCell } from './cellValues.ts';

describe('a printed cell', () => {
  it.each([
    ['12.50万元', '12.5'],
    ['12万元（含上年结转）', '12'],
    ['1,234.56', '1234.56'],
  ])('reads the fee %j as %j 万元', (printed, amount) => {
    expect(readCell('money', printed)).toMatchObject({ kind: 'value', value: amount });
  });

  it.each([
    ['120000元', '12'],
    ['1234.5元', '0.12345'],
  ])('reads a fee printed in 元 (%j) as %j 万元, saying it converted', (printed, amount) => {
    expect(readCell('money', printed)).toMatchObject({
      kind: 'value',
      value: amount,
      yuan: printed.replace('元', ''),
    });
  });

  it.each(['约12万', '近5件', '12.5万元（含上年）', '2 700'])(
    'takes %j for a figure where it stands, not for a row label',
    (printed) => {
      expect(cellRole(printed)).toBe('value');
    },
  );

  it('cannot read an approximate figure', () => {
    expect(readCell('money', '约12万').kind).toBe('unreadable');
  });
});
