import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  countOf,
  countSchema,
  feeAmountSchema,
  fitsCell,
  notApplicable,
  parseCellInput,
} from './values.ts';

describe('parseCellInput for a count cell', () => {
  it.each([
    ['12', 12],
    ['0', 0],
    ['1,234', 1234],
    ['１２３', 123],
    ['  7　', 7],
    ['1.0', 1],
    ['007', 7],
  ])('reads %j as %j', (raw, value) => {
    expect(parseCellInput('count', raw)).toEqual({ ok: true, value });
  });

  it.each(['/', '／', '—', '-', '－', '——'])('reads %j as not applicable', (raw) => {
    expect(parseCellInput('count', raw)).toEqual({ ok: true, value: '/' });
  });

  it.each(['', '   ', '　'])('reads %j as blank', (raw) => {
    expect(parseCellInput('count', raw)).toEqual({ ok: true, value: undefined });
  });

  it.each([
    ['-3', '件数不能为负数'],
    ['1.5', '件数应为整数，不能有小数'],
    ['abc', '请填写非负整数，不适用填“/”'],
    ['12,34', '无法识别“12,34”中的逗号'],
    ['3件', '请填写非负整数，不适用填“/”'],
    ['99999999999999999999', '数字过大，件数不能超过 9007199254740991'],
  ])('refuses %j with a message', (raw, message) => {
    expect(parseCellInput('count', raw)).toEqual({ ok: false, message });
  });
});

describe('parseCellInput for the 万元 money cell', () => {
  it.each([
    ['12.5', '12.5'],
    ['0.394000', '0.394'],
    ['1,234.56', '1234.56'],
    ['０．５', '0.5'],
    ['0.000001', '0.000001'],
  ])('reads %j as the exact decimal %j', (raw, value) => {
    expect(parseCellInput('money', raw)).toEqual({ ok: true, value });
  });

  it.each([
    ['0.0000001', '金额最多保留 6 位小数（单位：万元）'],
    ['-1', '金额不能为负数'],
    ['十万', '请填写金额（单位：万元），不适用填“/”'],
  ])('refuses %j', (raw, message) => {
    expect(parseCellInput('money', raw)).toEqual({ ok: false, message });
  });
});

describe('countOf', () => {
  it('keeps blank, "/" and a count apart', () => {
    expect(countOf(undefined)).toBeNull();
    expect(countOf('/')).toBe(0);
    expect(countOf(5)).toBe(5);
  });
});

describe('fitsCell', () => {
  it('gives the schemas’ answer for any value, so opening a file accepts what they accept', () => {
    const candidates = fc.oneof(
      fc.anything(),
      fc.integer(),
      fc.double(),
      fc.constantFrom(-0, 2 ** 53, 2 ** 53 - 1, '/', '0', '1.0', '0.1234567', '12.000001', '01'),
      fc.stringMatching(/^-?\d{1,4}(\.\d{0,8})?$/),
    );
    fc.assert(
      fc.property(candidates, (value) => {
        const count = value === notApplicable || countSchema.safeParse(value).success;
        const money = value === notApplicable || feeAmountSchema.safeParse(value).success;
        expect(fitsCell(value, 'count')).toBe(count);
        expect(fitsCell(value, 'money')).toBe(money);
      }),
      { numRuns: 5000 },
    );
  });
});
