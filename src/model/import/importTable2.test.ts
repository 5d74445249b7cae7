// Table 二 read from pasted text: its blocks by their columns, the 2019 format, a fee in 元.

import { describe, expect, it } from 'vitest';
import { report, imported, rules } from './tablesTestKit.ts';

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
