import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { importReportHtml, importReportText } from './importReport.ts';

const title = '测试局2024年政府信息公开工作年度报告';

/** A report's text with the given section bodies under their headings. */
function report(sections: { t2?: string; t3?: string; t4?: string }): string {
  return [
    title,
    '二、主动公开政府信息情况',
    sections.t2 ?? '',
    '三、收到和处理政府信息公开申请情况',
    sections.t3 ?? '',
    '四、政府信息公开行政复议、行政诉讼情况',
    sections.t4 ?? '',
  ].join('\n');
}

function imported(text: string) {
  const outcome = importReportText(text);
  if (!outcome.ok) throw new Error(outcome.message);
  return outcome;
}

const rules = (outcome: ReturnType<typeof imported>) => outcome.findings.map((f) => f.rule);
const t3Header = [
  '(本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和)\t申请人情况',
  '自然人\t法人或其他组织\t总计',
  '商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他',
].join('\n');

describe('table 二', () => {
  it('reads each block by its columns, a note in a cell kept in the account', () => {
    const { report: r, account } = imported(
      report({
        t2: [
          '第二十条第（一）项',
          '信息内容\t本年制发件数\t本年废止件数\t现行有效件数',
          '规章\t0\t0\t0',
          '行政规范性文件\t22（其中修订16件）\t3\t120',
          '第二十条第（八）项',
          '信息内容\t本年收费金额（单位：万元）',
          '行政事业性收费\t1.25',
        ].join('\n'),
      }),
    );
    expect(r.cells['t2.normativeDocs.issued']).toBe(22);
    expect(r.cells['t2.normativeDocs.inForce']).toBe(120);
    expect(r.cells['t2.fees.amount']).toBe('1.25');
    expect(account.cells['t2.normativeDocs.issued']).toEqual({
      line: 6,
      column: 2,
      raw: '22（其中修订16件）',
      note: '其中修订16件',
    });
  });

  it.each([
    ['120000元', '12', 'I-UNIT'],
    ['12万元（含上年结转）', '12', 'I-VALUE'],
  ])('reads the fee %j as %j 万元 and says how (%s)', (printed, amount, rule) => {
    const fees = ['第二十条第（八）项', '信息内容\t本年收费金额（单位：万元）'];
    const outcome = imported(report({ t2: [...fees, `行政事业性收费\t${printed}`].join('\n') }));
    expect(outcome.report.cells['t2.fees.amount']).toBe(amount);
    expect(outcome.findings).toContainEqual(
      expect.objectContaining({ rule, line: 5, cells: ['t2.fees.amount'] }),
    );
  });

  it('reports an approximate fee as unreadable instead of dropping its row unnoticed', () => {
    const fees = ['第二十条第（八）项', '信息内容\t本年收费金额（单位：万元）'];
    const outcome = imported(report({ t2: [...fees, '行政事业性收费\t约12万'].join('\n') }));
    expect(outcome.report.cells['t2.fees.amount']).toBeUndefined();
    expect(outcome.findings).toContainEqual(
      expect.objectContaining({ rule: 'I-VALUE', severity: 'warning', line: 5 }),
    );
  });

  it('reads the official columns under a header whose column words were lost', () => {
    // 「信息内容」 kept, 「本年制发件数」… gone (copied apart, or on lines the copy dropped).
    const outcome = imported(
      report({
        t2: ['第二十条第（一）项', '信息内容', '规章\t0\t0\t1', '行政规范性文件\t3\t1\t20'].join(
          '\n',
        ),
      }),
    );
    expect(outcome.report.cells['t2.rules.inForce']).toBe(1);
    expect(outcome.report.cells['t2.normativeDocs.issued']).toBe(3);
    expect(outcome.report.cells['t2.normativeDocs.inForce']).toBe(20);
    expect(outcome.account.unplaced).toEqual([]);
  });

  it('reports the 2019 format’s columns and rows instead of misreading them', () => {
    const outcome = imported(
      report({
        t2: [
          '第二十条第（一）项',
          '信息内容\t本年新制作数量\t本年新公开数量\t对外公开总数量',
          '规范性文件\t2\t2\t30',
          '第二十条第（五）项',
          '信息内容\t上一年项目数量\t本年增/减\t处理决定数量',
          '行政许可\t10\t1\t35',
          '其他对外管理服务事项\t3\t0\t4',
          '第二十条第（九）项',
          '信息内容\t采购项目数量\t采购总金额',
          '政府集中采购\t2\t15.3',
        ].join('\n'),
      }),
    );
    expect(outcome.report.cells).toEqual({ 't2.licensing.decisions': 35 });
    expect(outcome.edition).toBe('2019');
    expect(outcome.account.unplaced.map((u) => u.line)).toEqual([5, 5, 5, 8, 8, 9, 10, 11, 12]);
    expect(rules(outcome)).toContain('I-EDITION');
  });
});

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

  it('gives a row its labelled line, not a label-less line before it read by order', () => {
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

describe('figures grouped by spaces (「2 700」)', () => {
  it('reads a tab-separated cell of digits grouped by single spaces as one figure', () => {
    const outcome = imported(
      report({
        t2: [
          '第二十条第（五）项',
          '信息内容\t本年处理决定数量',
          '行政许可\t12 345',
          '第二十条第（六）项',
          '信息内容\t本年处理决定数量',
          '行政处罚\t2 345',
        ].join('\n'),
        t3: `${t3Header}\n一、本年新收政府信息公开申请数量\t2 700\t360\t15\t9\t120\t36\t3 240`,
      }),
    );
    expect(outcome.report.cells['t2.licensing.decisions']).toBe(12345);
    expect(outcome.report.cells['t2.penalty.decisions']).toBe(2345);
    expect(outcome.report.cells['t3.newReceived.natural']).toBe(2700);
    expect(outcome.report.cells['t3.newReceived.commercial']).toBe(360);
    expect(outcome.report.declared['t3.newReceived.total']).toBe(3240);
    expect(
      rules(outcome).filter((r) => ['I-MISSING', 'I-VALUE', 'I-UNPLACED'].includes(r)),
    ).toEqual([]);
  });

  it('leaves out a row with more figures than columns when spaces may split figures', () => {
    // pdftotext -layout: single spaces separate columns too, so 「2 700」 may be two figures.
    const outcome = imported(
      report({
        t2: ['第二十条第（五）项', '信息内容   本年处理决定数量', '行政许可      12 345'].join(
          '\n',
        ),
        t3: `${t3Header}\n一、本年新收政府信息公开申请数量      2 700 360 15 9 120 36 3 240`,
      }),
    );
    expect(outcome.report.cells['t2.licensing.decisions']).toBeUndefined();
    const newReceived = Object.keys(outcome.report.cells).filter((a) =>
      a.startsWith('t3.newReceived.'),
    );
    expect(newReceived).toEqual([]);
    const missing = outcome.findings.filter((f) => f.rule === 'I-MISSING');
    expect(missing.map((f) => [f.section, f.severity])).toEqual([
      ['t2', 'warning'],
      ['t3', 'warning'],
    ]);
    expect(missing.map((f) => f.message)).toEqual([
      expect.stringContaining('无法确定各数属于哪一栏，这一行未读入'),
      expect.stringContaining('无法确定各数属于哪一列，这一行未读入'),
    ]);
  });
});

describe('table 四', () => {
  it('keeps a note printed under the table out of its figures', () => {
    const outcome = imported(
      report({
        t4: '1 0 0 0 1 0 0 0 0 0 0 0 0 0 0\n注：行政复议、行政诉讼数量含上年度结转数量 2 件。',
      }),
    );
    expect(outcome.report.cells['t4.review.upheld']).toBe(1);
    expect(outcome.report.declared['t4.review.total']).toBe(1);
    expect(outcome.account.unplaced).toEqual([
      expect.objectContaining({ reason: '表四下方的注释，不是表格数据' }),
    ]);
  });

  it('takes the header’s words wrapped in narrow columns for the header, not unknown text', () => {
    // pdftotext -layout of our print: 「结果维持」 in a narrow column prints as 「结果」 over 「维持」.
    const header = [
      '     行政复议                  行政诉讼',
      '结果 结果 其他 尚未 总计 结果 未经复议直接起诉',
      '                  结果 其他 尚未',
      '                                  复议后起诉',
      '                              结果 结果 其他 尚未',
      '维持 纠正 结果 审结    维持 纠正 结果 审结 总计 维持 纠正 结果 审结 总计',
      '1 0 0 0 1 0 0 0 0 0 0 0 0 0 0',
    ].join('\n');
    const outcome = imported(report({ t4: header }));
    expect(outcome.report.cells['t4.review.upheld']).toBe(1);
    expect(outcome.account.unplaced).toEqual([]);
  });

  it('reads the fifteen figures of a copy that put each cell on a line of its own', () => {
    const figures = [1, 2, 3, 4, 10, 5, 6, 7, 8, 26, 9, 11, 12, 13, 45];
    const outcome = imported(report({ t4: figures.join('\n') }));
    expect(outcome.report.cells).toMatchObject({
      't4.review.upheld': 1,
      't4.review.pending': 4,
      't4.directSuit.upheld': 5,
      't4.suitAfterReview.upheld': 9,
      't4.suitAfterReview.pending': 13,
    });
    expect(outcome.report.declared).toEqual({
      't4.review.total': 10,
      't4.directSuit.total': 26,
      't4.suitAfterReview.total': 45,
    });
    expect(outcome.account.unplaced).toEqual([]);
  });

  it('reads twelve figures as the four outcomes of each kind, totals left to the model', () => {
    const outcome = imported(report({ t4: '1 0 0 0 0 0 0 0 0 0 0 2' }));
    expect(outcome.report.cells['t4.review.upheld']).toBe(1);
    expect(outcome.report.cells['t4.suitAfterReview.pending']).toBe(2);
    expect(outcome.report.declared).toEqual({});
  });

  it('finds the one figure fourteen leave out where the totals point to it', () => {
    // 未经复议直接起诉 printed 2 1 0 0 and lost its 总计 3: only that reading adds up everywhere.
    const outcome = imported(report({ t4: '1 0 0 0 1 2 1 0 0 0 0 0 1 1' }));
    expect(outcome.report.cells).toMatchObject({
      't4.directSuit.upheld': 2,
      't4.directSuit.corrected': 1,
      't4.suitAfterReview.pending': 1,
    });
    expect(outcome.report.declared).toEqual({
      't4.review.total': 1,
      't4.suitAfterReview.total': 1,
    });
    expect(outcome.findings.find((f) => f.rule === 'I-MISSING')).toMatchObject({
      severity: 'info',
      cells: ['t4.directSuit.total'],
    });
  });
});

describe('the HTML path', () => {
  it('reads a 2019 table 二 from a web page as from text: its edition, its one readable column', () => {
    const rows = [
      ['第二十条第（一）项'],
      ['信息内容', '本年新制作数量', '本年新公开数量', '对外公开总数量'],
      ['规章', '1', '1', '9'],
      ['规范性文件', '2', '2', '30'],
      ['第二十条第（五）项'],
      ['信息内容', '上一年项目数量', '本年增/减', '处理决定数量'],
      ['行政许可', '10', '1', '35'],
      ['第二十条第（九）项'],
      ['信息内容', '采购项目数量', '采购总金额'],
      ['政府集中采购', '2', '15.3'],
    ];
    const cell = (text: string, span: boolean) => `<td${span ? ' colspan="4"' : ''}>${text}</td>`;
    const table = rows
      .map((row) => `<tr>${row.map((text) => cell(text, row.length === 1)).join('')}</tr>`)
      .join('');
    const outcome = importReportHtml(
      `<h1>${title}</h1><p>二、主动公开政府信息情况</p><table>${table}</table>`,
    );
    if (!outcome.ok) throw new Error(outcome.message);
    expect(outcome.edition).toBe('2019');
    expect(outcome.report.cells).toEqual({ 't2.licensing.decisions': 35 });
    const rowFindings = outcome.findings.filter((finding) => finding.rule === 'I-ROW');
    // 规章 and 规范性文件 are printed (in the 2019 columns); the blocks 六 and 八 are not.
    expect(rowFindings.map((finding) => finding.message)).toEqual([
      expect.stringContaining('“行政处罚”'),
      expect.stringContaining('“行政强制”'),
      expect.stringContaining('“行政事业性收费”'),
    ]);
    const unplaced = outcome.account.unplaced;
    expect(unplaced).toContainEqual(expect.objectContaining({ text: '政府集中采购\t2\t15.3' }));
    expect(unplaced.filter((line) => line.reason.includes('表二“规章”'))).toHaveLength(3);
  });

  it('keeps a blank cell blank: positions come from the grid, not from counting figures', () => {
    const outcome = importReportHtml(
      `<h1>${title}</h1><h2>三、收到和处理政府信息公开申请情况</h2><table>` +
        '<tr><td colspan="3">一、本年新收政府信息公开申请数量</td><td></td><td>1</td><td>0</td><td>0</td><td>0</td><td>0</td><td>1</td></tr></table>',
    );
    expect(outcome.ok && outcome.report.cells).toEqual({
      't3.newReceived.commercial': 1,
      't3.newReceived.research': 0,
      't3.newReceived.publicInterest': 0,
      't3.newReceived.legalService': 0,
      't3.newReceived.otherOrg': 0,
    });
    expect(outcome.ok && outcome.account.cells['t3.newReceived.commercial']).toEqual({
      line: 3,
      column: 5,
      raw: '1',
    });
  });
});
