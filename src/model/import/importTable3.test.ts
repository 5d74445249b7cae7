// Table 三 read from pasted text: rows by their labels, a lost column placed by the sums or left
// unread, lines without labels, pieces of sub-headings.

import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { imported, report, t3Header, title } from './tablesTestKit.ts';

describe('table 三', () => {
  it('decides from the sums which column a six-figure row lost', () => {
    const outcome = imported(
      report({ t3: '自然人\t法人或其他组织\n一、本年新收政府信息公开申请数量\t2\t0\t0\t0\t0\t0' }),
    );
    // Read with the last figure as 总计, 0 would be less than the 2 before it: 总计 is the one lost.
    expect(outcome.report.cells['t3.newReceived.natural']).toBe(2);
    expect(outcome.report.declared).toEqual({});
    expect(outcome.findings.find((f) => f.rule === 'I-MISSING')).toMatchObject({
      severity: 'info',
      cells: ['t3.newReceived.total'],
      message: expect.stringContaining('只有缺少“总计”时，各数与本行总计相符'),
    });
  });

  it('believes a header that lacks one column, when the figures agree', () => {
    const header = '自然人\t法人或其他组织\t总计\n商业企业\t社会公益组织\t法律服务机构\t其他';
    const outcome = imported(
      report({ t3: `${header}\n一、本年新收政府信息公开申请数量\t3\t0\t1\t0\t0\t4` }),
    );
    expect(outcome.report.cells['t3.newReceived.research']).toBeUndefined();
    expect(outcome.report.cells['t3.newReceived.publicInterest']).toBe(1);
    expect(outcome.report.declared).toEqual({ 't3.newReceived.total': 4 });
    expect(outcome.findings.find((f) => f.rule === 'I-MISSING')).toMatchObject({
      severity: 'warning',
      cells: ['t3.newReceived.research'],
      message: expect.stringContaining('表头没有“科研机构”列'),
    });
  });

  it('assumes the lost figure is the computed 总计 when nothing tells, and says so', () => {
    const outcome = imported(
      report({ t3: '自然人\t法人或其他组织\n一、本年新收政府信息公开申请数量\t3\t0\t0\t1\t0\t5' }),
    );
    expect(outcome.report.cells['t3.newReceived.otherOrg']).toBe(5);
    expect(outcome.findings.find((f) => f.rule === 'I-MISSING')).toMatchObject({
      severity: 'warning',
      cells: ['t3.newReceived.total'],
      message: expect.stringContaining('无法从表头或合计判断缺少哪一列'),
    });
  });

  it('leaves a row unread when its last figure is its 总计 and an applicant column was lost', () => {
    // A PDF whose 法律服务机构 column is blank throughout, laid out as text: six figures a row,
    // the last of them the printed 总计 (17 + 4 + 1 = 22), so the lost cell is not the 总计.
    const outcome = imported(
      report({
        t3: [
          t3Header,
          '一、本年新收政府信息公开申请数量\t17\t4\t/\t/\t1\t22',
          '二、上年结转政府信息公开申请数量\t0\t0\t/\t/\t0\t0',
        ].join('\n'),
      }),
    );
    const newReceived = Object.keys(outcome.report.cells).filter((a) =>
      a.startsWith('t3.newReceived.'),
    );
    expect(newReceived).toEqual([]);
    expect(outcome.report.declared['t3.newReceived.total']).toBeUndefined();
    expect(outcome.findings).toContainEqual(
      expect.objectContaining({
        rule: 'I-MISSING',
        severity: 'warning',
        message: expect.stringContaining('第 8 行只有 6 个数，表格有 7 列，无法确定各数属于哪一列'),
      }),
    );
  });

  it('gives a row its labelled line, not a label-less line before it read by order, and leaves the row it wrapped from unread', () => {
    // pdftotext -layout of a print whose six-digit 总计 wrapped its last digit onto a line of
    // its own: that line has no label and would be 四、结转… by order, but the next line is it.
    const outcome = imported(
      report({
        t3: [
          t3Header,
          '      （七）总计                61047 66645 64145 10153 68352 73320 435049',
          '                              1 0 8 84 8 2                        3',
          '四、结转下年度继续办理                 2416 0 24832 32201 0 85210 144659',
        ].join('\n'),
      }),
    );
    expect(outcome.report.cells['t3.carriedForward.natural']).toBe(2416);
    expect(outcome.report.cells['t3.carriedForward.otherOrg']).toBe(85210);
    expect(outcome.report.declared['t3.carriedForward.total']).toBe(144659);
    // The （七）总计 above it lost its last digits to that line: not read, rather than read short.
    expect(outcome.report.declared['t3.resultTotal.natural']).toBeUndefined();
    expect(outcome.report.declared['t3.resultTotal.total']).toBeUndefined();
    expect(outcome.findings.filter((f) => f.line === 8)).toEqual([
      expect.objectContaining({
        rule: 'I-UNPLACED',
        severity: 'warning',
        message: expect.stringContaining('可能是这一行的长数字在窄格中折行'),
      }),
    ]);
    expect(outcome.findings.filter((f) => f.line === 9)).toEqual([
      expect.objectContaining({
        rule: 'I-UNPLACED',
        severity: 'warning',
        message: expect.stringContaining('但第 10 行才是“四、结转下年度继续办理”'),
      }),
    ]);
    expect(outcome.findings.filter((f) => f.line === 10)).toEqual([]);
  });

  it('takes no piece of a sub-heading printed beside a row for a misspelt row label', async () => {
    // pdf.js's layout of a LibreOffice PDF of a Word report: the merged cells （三）不予公开,
    // （四）无法提供 and （六）其他处理 wrap down their column, their pieces on the rows' lines.
    const t3 = await readFile(
      new URL('./fixtures/pdf/libreoffice-table3.pdfjs.txt', import.meta.url),
      'utf8',
    );
    const outcome = imported(`${title}\n${t3}\n四、政府信息公开行政复议、行政诉讼情况`);
    const lefts = outcome.findings.filter((f) => f.rule === 'I-LABEL').map((f) => f.left);
    for (const piece of ['不予公', '开5.', '无法提', '供3.', '其他处']) {
      expect(lefts.filter((left) => String(left).includes(piece))).toEqual([]);
    }
    expect(outcome.report.cells['t3.withheldThirdParty.natural']).toBe(0);
    expect(outcome.report.cells['t3.withheldInternalAffairs.legalService']).toBe(2);
    expect(outcome.report.cells['t3.unavailableNeedsCreation.natural']).toBe(3);
    expect(outcome.report.cells['t3.unavailableUnclear.research']).toBe(1);
    expect(outcome.report.cells['t3.otherNoCorrection.commercial']).toBe(2);
  });

  it('reads rows by label whatever their order, typos and 1、 for 1. included', () => {
    const outcome = imported(
      report({
        t3: [
          t3Header,
          '（三）不予公开\t2、其他法律行政止公开\t0\t1\t0\t0\t0\t0\t1',
          '\t1、属于国家秘密\t1\t0\t0\t0\t0\t0\t1',
        ].join('\n'),
      }),
    );
    expect(outcome.report.declared).toEqual({
      't3.withheldLawProhibited.total': 1,
      't3.withheldStateSecret.total': 1,
    });
    expect(outcome.findings.filter((f) => f.rule === 'I-LABEL')).toEqual([
      expect.objectContaining({
        left: '2、其他法律行政止公开',
        right: '2.其他法律行政法规禁止公开',
      }),
    ]);
  });

  it('keeps both （六） layouts apart: split rows are 2021, one row is 2019', () => {
    const split = imported(
      report({
        t3: `${t3Header}\n（六）其他处理\t1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请\t1\t0\t0\t0\t0\t0\t1`,
      }),
    );
    expect(split.report.table3Layout).toBe('2021');
    const single = imported(report({ t3: `${t3Header}\n（六）其他处理\t\t1\t0\t0\t0\t0\t0\t1` }));
    expect(single.report.table3Layout).toBe('2019');
    expect(single.report.cells['t3.otherHandling.natural']).toBe(1);
  });

  it('leaves a row it cannot name, and a figure it cannot read, out — never guessed', () => {
    const outcome = imported(
      report({
        t3: [
          t3Header,
          '（八）其他情况\t1\t0\t0\t0\t0\t0\t1',
          '（一）予以公开\t1O\t0\t0\t0\t0\t0\t1',
        ].join('\n'),
      }),
    );
    expect(outcome.report.cells['t3.disclosed.natural']).toBeUndefined();
    expect(outcome.report.cells['t3.disclosed.commercial']).toBe(0);
    expect(outcome.account.unplaced).toEqual([
      expect.objectContaining({ line: 8, reason: expect.stringContaining('（八）其他情况') }),
    ]);
    expect(outcome.findings).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ rule: 'I-UNPLACED', severity: 'warning', line: 8 }),
        expect.objectContaining({ rule: 'I-VALUE', cells: ['t3.disclosed.natural'], left: '1O' }),
      ]),
    );
  });
});
