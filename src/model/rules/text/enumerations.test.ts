import { describe, expect, it } from 'vitest';
import { readEnumerations } from './enumerations.ts';
import { splitSentences } from './narrative.ts';

const listsOf = (text: string) =>
  splitSentences(text).flatMap((sentence) =>
    readEnumerations(text, sentence).map(({ whole, parts, isExhaustive }) => ({
      whole,
      parts,
      isExhaustive,
    })),
  );

describe('reads the whole and the parts of a 其中 list', () => {
  it.each<[string, string, { whole: number; parts: number[]; isExhaustive: boolean }[]]>([
    [
      'the sample: a list ending where the unit changes',
      '2024 年网站累计更新发布各类信息 226 条，其中，概况类信息 174 条，政务动态信息 46 条，信息公开目录信息 6 条，开设了 6 个专题专栏。',
      [{ whole: 226, parts: [174, 46, 6], isExhaustive: false }],
    ],
    [
      'parts joined by 、 and a last one by 和',
      '共发布信息 100 条，其中政务动态 50 条、通知公告 30 条和人事信息 20 条。',
      [{ whole: 100, parts: [50, 30, 20], isExhaustive: false }],
    ],
    [
      'a remainder makes the list complete',
      '共发布信息 200 条，其中政务动态 150 条、其余 50 条。',
      [{ whole: 200, parts: [150, 50], isExhaustive: true }],
    ],
    [
      'a list joined by 、 ends at a comma',
      '共收到申请 10 件，其中自然人 8 件、法人或其他组织 2 件，线上申请 6 件。',
      [{ whole: 10, parts: [8, 2], isExhaustive: false }],
    ],
    [
      'a list ends at another statement',
      '共收到申请 10 件，其中自然人 8 件，法人 2 件，办结 10 件。',
      [{ whole: 10, parts: [8, 2], isExhaustive: false }],
    ],
    [
      'bracketed notes are not parts',
      '共收到申请 10 件，其中自然人 8 件（其中线上 5 件），法人 2 件。',
      [{ whole: 10, parts: [8, 2], isExhaustive: false }],
    ],
    ['Chinese numerals', '共十件，其中六件为自然人申请。', []],
    ['one part is no list', '共发布信息 226 条，其中概况类信息 174 条。', []],
    ['an approximate whole', '共发布信息约 300 条，其中动态 200 条、公告 150 条。', []],
    ['parts in another unit', '共发布信息 30 条，其中图片 20 张、视频 15 个。', []],
    [
      'a whole not right before 其中',
      '共发布信息 30 条，主要是政务动态，其中动态 20 条、公告 15 条。',
      [],
    ],
  ])('%s', (_, text, expected) => {
    expect(listsOf(text)).toEqual(expected);
  });
});
