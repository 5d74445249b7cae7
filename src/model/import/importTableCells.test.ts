// Where a cell's figure is: digits grouped by spaces (「2 700」) in text, and a web page's grid
// positions, a blank cell included.

import { describe, expect, it } from 'vitest';
import { importReportHtml } from './importReport.ts';
import { imported, report, rules, t3Header, title } from './tablesTestKit.ts';

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
