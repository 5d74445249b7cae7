import { describe, expect, it } from 'vitest';
import { checkRoster, nearlyMatches, parseRoster } from './roster.ts';

describe('checkRoster', () => {
  const roster = ['某区人民政府办公室', '某区教育局', '某区财政局', '某街道办事处'];

  it('names who is missing, who sent twice, and who is not on the roster', () => {
    const result = checkRoster(roster, [
      '某区人民政府办公室',
      '某区 教育局',
      '某区教育局',
      '某区财正局',
      '某区卫生健康局',
    ]);
    expect(result.duplicates).toEqual([
      { expected: '某区教育局', reports: ['某区 教育局', '某区教育局'] },
    ]);
    expect(result.missing).toEqual([
      { expected: '某区财政局', nearly: ['某区财正局'] },
      { expected: '某街道办事处', nearly: [] },
    ]);
    expect(result.unexpected).toEqual([
      { report: '某区财正局', nearly: ['某区财政局'] },
      { report: '某区卫生健康局', nearly: [] },
    ]);
  });

  it('matches names that differ only by spaces, brackets or full-width letters', () => {
    expect(checkRoster(['某区（开发区）管委会'], ['某区(开发区)管委会']).missing).toEqual([]);
  });

  it('counts a name inside another, or a slip of a character, as nearly matching', () => {
    expect(nearlyMatches('某区人民政府办公室', '某区政府办公室')).toBe(true);
    expect(nearlyMatches('某区教育局', '某区公安局')).toBe(false);
  });
});

describe('parseRoster', () => {
  it('reads one agency a line, without numbering, blank lines or what follows a tab', () => {
    expect(parseRoster('1. 某区教育局\n\n二、某区财政局\t联系人：张三\r\n某街道办事处 \n')).toEqual(
      ['某区教育局', '某区财政局', '某街道办事处'],
    );
  });
});
