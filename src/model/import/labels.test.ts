import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cellRole, readCell } from './cellValues.ts';
import { compactLabel, labelSimilarity, mayReach, splitNumbering } from './labels.ts';
import { continuesOnNextLine } from './paragraphs.ts';

describe('comparing labels', () => {
  it('compares only the characters that carry meaning', () => {
    expect(compactLabel('3. 危及“三安全一稳定”')).toBe('3危及三安全一稳定');
    expect(compactLabel('(二) 部分公开(区分处理的，只计这一情形)')).toBe(
      compactLabel('（二）部分公开（区分处理的，只计这一情形）'),
    );
  });

  it.each([
    ['1.属于国家秘密', '1', '属于国家秘密'],
    ['１、属于国家秘密', '1', '属于国家秘密'],
    ['(1)属于国家秘密', '1', '属于国家秘密'],
    ['（三）不予公开', '(三)', '不予公开'],
    ['(三) 不予公开', '(三)', '不予公开'],
    ['三、本年度办理结果', '三、', '本年度办理结果'],
    ['行政许可', null, '行政许可'],
  ])('reads the number of %j apart', (text, numbering, body) => {
    expect(splitNumbering(text)).toEqual({ numbering, body });
  });

  it('scores a one-character typo high and a different label low', () => {
    expect(labelSimilarity('本年废制件数', '本年废止件数')).toBeCloseTo(5 / 6);
    expect(labelSimilarity('本年制发件数', '本年废止件数')).toBeLessThan(0.7);
    expect(
      labelSimilarity('部分公开', '部分公开区分处理的只计这一情形不计其他情形'),
    ).toBeGreaterThan(0.6);
    expect(labelSimilarity('其他', '其他法律行政法规禁止公开')).toBeLessThan(0.5);
  });

  // The bound lets a 100,000-line import skip the edit distance for most lines; it may only skip
  // pairs that could not have matched.
  it('never rules out a pair whose similarity reaches the threshold', () => {
    const characters = fc.constantFrom(...'公开部分不予其他信息处理𠀀1a');
    const label = fc.string({ unit: characters, maxLength: 12 });
    fc.assert(
      fc.property(label, label, fc.constantFrom(0.5, 0.6, 0.7, 0.75, 0.85), (a, b, threshold) => {
        if (labelSimilarity(a, b) >= threshold) expect(mayReach(a, b, threshold)).toBe(true);
      }),
      { numRuns: 5000 },
    );
  });

  it('rules out lines with little in common with a heading', () => {
    expect(mayReach('第12345行', '总体情况', 0.6)).toBe(false);
    expect(mayReach('规章', '主动公开政府信息情况', 0.6)).toBe(false);
    expect(mayReach('总体情况概述', '总体情况', 0.6)).toBe(true);
  });
});

describe('reading a printed cell', () => {
  it.each([
    ['0', 'count', 0],
    ['１２', 'count', 12],
    ['1,234', 'count', 1234],
    ['5件', 'count', 5],
    ['/', 'count', '/'],
    ['—', 'count', '/'],
    ['——', 'count', '/'],
    ['0.00', 'money', '0'],
    ['12.5', 'money', '12.5'],
  ] as const)('reads %j as a %s of %j', (raw, kind, value) => {
    expect(readCell(kind, raw)).toEqual({ kind: 'value', value });
  });

  it('takes the figure before a note and keeps the note', () => {
    expect(readCell('count', '22（其中修订16件）')).toEqual({
      kind: 'value',
      value: 22,
      note: '其中修订16件',
    });
  });

  it('never guesses: 「无」, 「1O」 and a fraction of a count stay unread', () => {
    for (const raw of ['无', '1O', '2.5']) expect(readCell('count', raw).kind).toBe('unreadable');
    expect(readCell('count', '')).toEqual({ kind: 'blank' });
  });

  it.each([
    ['0', 'value'],
    ['1O', 'value'],
    ['无', 'value'],
    ['22（其中修订16件）', 'value'],
    ['', 'empty'],
    ['1.属于国家秘密', 'label'],
    ['5.', 'label'],
    ['4.无', 'label'],
    ['行政许可', 'label'],
  ] as const)('takes %j for a %s', (raw, role) => {
    expect(cellRole(raw)).toBe(role);
  });
});

describe('lines broken by copying', () => {
  it.each([
    ['2024 年网站累计更新发布各类信息，其中概况类', '信息 174 条', true],
    ['明确责任部门、责任领导和时限要求，逐项推动落实，', '进一步规范政务公开工作', true],
    ['为开发区政府信息公开工作的顺利开展提供了强有力的组织保证。', '（一）主动公开。', false],
    ['（一）主动公开', '开发区采取有效措施', false],
    ['开发区采取有效措施，不断深化政务公开工作，加大建设力度', '（二）依申请公开。', false],
    ['开发区采取有效措施，不断深化政务公开工作，加大建设力度', '一是加强组织领导', false],
  ])('joins %j to %j: %s', (head, tail, joins) => {
    expect(continuesOnNextLine(head, tail)).toBe(joins);
  });
});
