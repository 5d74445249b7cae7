import { describe, expect, it } from 'vitest';
import { countOf, parseCellInput } from './values.ts';

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
