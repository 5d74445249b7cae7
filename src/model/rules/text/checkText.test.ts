import { describe, expect, it } from 'vitest';
import { checkReport } from '../../check.ts';
import { t2, t3, t4 } from '../../form/cells.ts';
import { table3ApplicantColumns } from '../../form/table3.ts';
import type { Report } from '../../report.ts';
import { sampleReport } from '../../../sample/mudanjiang2024.ts';
import { withCells, zeroReport } from '../../../testing/reports.ts';

const textFindings = (report: Report) => checkReport(report).filter((f) => f.rule === 'T-TEXT');

/** A complete report of zeros whose 一（二）依申请公开 says `text`. */
const saying = (text: string, cells: Parameters<typeof withCells>[1] = {}): Report => {
  const report = withCells(zeroReport(), cells);
  return { ...report, overview: { ...report.overview, requestDisclosure: text } };
};

describe('T-TEXT on the sample report', () => {
  it('finds its text in agreement with its figures', () => {
    // “全年共接收 2 件政府信息公开申请，均及时答复申请”: 新收 2, and the results entered add up
    // to 2 with nothing carried forward. Only the printed （七）总计 says 1, which R3-RESULT reports.
    // “各类信息 226 条，其中……174 条……46 条……6 条” adds up.
    expect(textFindings(sampleReport)).toEqual([]);
  });

  it('would flag the sample had it said 3 applications', () => {
    const said = sampleReport.overview.requestDisclosure.replace('接收 2 件', '接收 3 件');
    const report = {
      ...sampleReport,
      overview: { ...sampleReport.overview, requestDisclosure: said },
    };
    expect(textFindings(report).map((f) => [f.left, f.right])).toEqual([[3, 2]]);
  });
});

describe('T-TEXT: a figure in the text differs from the table', () => {
  it('quotes the sentence, names the cell and the field, and gives the sentence’s offsets', () => {
    const text = '依法依规办理申请。全年共收到政府信息公开申请 2 件，均已按时答复。';
    const [finding, ...rest] = textFindings(saying(text, { [t3('newReceived', 'natural')]: 3 }));
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({
      severity: 'warning',
      section: 's1',
      cells: [t3('newReceived', 'total'), 's1.requestDisclosure'],
      left: 2,
      right: 3,
      difference: -1,
      quote: {
        field: 's1.requestDisclosure',
        start: 9,
        end: text.length,
        text: '全年共收到政府信息公开申请 2 件，均已按时答复。',
      },
    });
    expect(finding?.message).toBe(
      '一、总体情况·（二）依申请公开写“全年共收到政府信息公开申请 2 件，均已按时答复。”，' +
        '即本年新收政府信息公开申请 2 件，而表三·一、本年新收政府信息公开申请数量·总计为 3，相差 1。',
    );
  });

  it.each<[string, string, Parameters<typeof withCells>[1], string[], number]>([
    [
      'a result group against the sum of its rows',
      '其中不予公开 2 件。',
      { [t3('withheldProcess', 'natural')]: 1 },
      [
        'withheldStateSecret',
        'withheldLawProhibited',
        'withheldThreeSecurities',
        'withheldThirdParty',
        'withheldInternalAffairs',
        'withheldProcess',
        'withheldEnforcementFile',
        'withheldQuery',
      ].map((row) => `t3.${row}.total`),
      1,
    ],
    [
      '办结 against the computed （七）总计',
      '本年度办结政府信息公开申请 5 件。',
      { [t3('disclosed', 'natural')]: 4 },
      [t3('resultTotal', 'total')],
      4,
    ],
    [
      'suits against both kinds of suit',
      '因政府信息公开被提起行政诉讼 1 件。',
      { [t4('directSuit', 'pending')]: 1, [t4('suitAfterReview', 'upheld')]: 1 },
      [t4('directSuit', 'total'), t4('suitAfterReview', 'total')],
      2,
    ],
    [
      'a 表二 count',
      '本年度制发行政规范性文件 3 件。',
      { [t2('normativeDocs', 'issued')]: 2 },
      [t2('normativeDocs', 'issued')],
      2,
    ],
    [
      'no review stated, one in the table',
      '未发生因政府信息公开工作被申请行政复议的情况。',
      { [t4('review', 'corrected')]: 1 },
      [t4('review', 'total')],
      1,
    ],
  ])('%s', (_, text, cells, tableCells, right) => {
    const findings = textFindings(saying(text, cells));
    expect(findings.map((f) => [f.cells, f.right])).toEqual([
      [[...tableCells, 's1.requestDisclosure'], right],
    ]);
  });

  it('compares the fee as exact decimal text', () => {
    const report = saying('本年度收取信息处理费 100 元。');
    const [finding] = textFindings({
      ...report,
      otherMatters: { ...report.otherMatters, processingFee: '99.5' },
    });
    expect(finding).toMatchObject({ left: '100', right: '99.5', difference: null });
    expect(finding?.cells).toEqual(['s6.processingFee', 's1.requestDisclosure']);
  });

  it('names a local item of section 六 by its title', () => {
    const report = zeroReport();
    const [finding] = textFindings({
      ...report,
      otherMatters: {
        ...report.otherMatters,
        items: [{ title: '信息处理费', text: '本年度收取信息处理费 20 元。' }],
      },
    });
    expect(finding?.section).toBe('s6');
    expect(finding?.quote?.field).toBe('s6.items.0.text');
    expect(finding?.message).toMatch(/^六、其他需要报告的事项·信息处理费写“/);
  });
});

describe('T-TEXT stays silent where the text may count differently', () => {
  it.each<[string, string, Parameters<typeof withCells>[1]]>([
    ['the figures agree', '共收到政府信息公开申请 3 件。', { [t3('newReceived', 'natural')]: 3 }],
    [
      'a received count that includes those carried over',
      '共收到政府信息公开申请 12 件（含上年结转 2 件）。',
      { [t3('newReceived', 'natural')]: 10, [t3('carriedOver', 'natural')]: 2 },
    ],
    [
      'the table is still blank',
      '共收到政府信息公开申请 3 件。',
      Object.fromEntries(table3ApplicantColumns.map((c) => [t3('newReceived', c.id), undefined])),
    ],
    [
      'a 表二 cell marked not applicable',
      '本年度制发行政规范性文件 3 件。',
      { [t2('normativeDocs', 'issued')]: '/' },
    ],
    ['last year’s figure', '2023 年共收到政府信息公开申请 10 件。', {}],
  ])('%s', (_, text, cells) => {
    expect(textFindings(saying(text, cells))).toEqual([]);
  });
});

describe('T-TEXT: “均及时答复” after the applications received', () => {
  it.each<[string, string, number, number, number]>([
    [
      'one carried forward, none carried over',
      '共收到政府信息公开申请 3 件，均已按时办结。',
      0,
      1,
      1,
    ],
    ['as many carried forward as over', '共收到政府信息公开申请 3 件，均已按时办结。', 1, 1, 0],
    ['a claim about the carried-over ones only', '上年结转的申请均已办结。', 0, 1, 0],
    ['a negated claim', '共收到政府信息公开申请 3 件，尚未全部办结。', 0, 1, 0],
    ['another figure between', '共收到政府信息公开申请 3 件，结转下年度 1 件，均已答复。', 0, 1, 0],
  ])('%s', (_, text, carriedOver, carriedForward, count) => {
    const report = saying(text, {
      [t3('newReceived', 'natural')]: 3,
      [t3('carriedOver', 'natural')]: carriedOver,
      [t3('carriedForward', 'natural')]: carriedForward,
      [t3('disclosed', 'natural')]: 3 + carriedOver - carriedForward,
    });
    const findings = textFindings(report);
    expect(findings).toHaveLength(count);
    if (count) {
      expect(findings[0]).toMatchObject({
        cells: [t3('carriedForward', 'total'), t3('carriedOver', 'total'), 's1.requestDisclosure'],
        left: carriedForward,
        right: carriedOver,
      });
    }
  });
});

describe('T-TEXT: a 其中 list and its whole', () => {
  it.each([
    ['parts adding up', '共发布信息 200 条，其中政务动态 150 条、通知公告 50 条。', undefined],
    [
      'parts short of the whole',
      '共发布信息 200 条，其中政务动态 150 条、通知公告 30 条。',
      undefined,
    ],
    ['parts over the whole', '共发布信息 200 条，其中政务动态 150 条、通知公告 80 条。', 230],
    [
      'a remainder short of the whole',
      '共发布信息 200 条，其中政务动态 150 条、通知公告 30 条、其他信息 10 条。',
      190,
    ],
  ])('%s', (_, text, sum) => {
    const report = zeroReport();
    const findings = textFindings({
      ...report,
      overview: { ...report.overview, activeDisclosure: text },
    });
    expect(findings.map((f) => f.left)).toEqual(sum === undefined ? [] : [sum]);
    if (sum === 230) {
      expect(findings[0]?.message).toBe(
        `一、总体情况·（一）主动公开写“${text}”：其中所列各项相加为 150＋80＝230 条，多于总数 200 条。`,
      );
      expect(findings[0]?.cells).toEqual(['s1.activeDisclosure']);
    }
  });
});
