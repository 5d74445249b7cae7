import { describe, expect, it } from 'vitest';
import { readNumber } from './numerals.ts';

describe('reads numbers as reports write them', () => {
  it.each([
    ['15', 15],
    ['１５', 15],
    ['1,234', 1234],
    ['12.5', 12.5],
    ['０．５', 0.5],
    ['零', 0],
    ['〇', 0],
    ['两', 2],
    ['二', 2],
    ['十', 10],
    ['十二', 12],
    ['二十', 20],
    ['二十三', 23],
    ['一百零三', 103],
    ['一千零一十', 1010],
    ['两千', 2000],
    ['三万五千', 35000],
    ['十万', 100000],
  ])('%s is %d', (text, value) => {
    expect(readNumber(text)).toBe(value);
  });

  it.each(['二零二四', '百', '万', '三五', '二零'])('%s is no count', (text) => {
    expect(readNumber(text)).toBeUndefined();
  });
});
