import { describe, expect, it } from 'vitest';
import { importReportHtml, importReportText } from './importReport.ts';

function imported(text: string) {
  const outcome = importReportText(text);
  if (!outcome.ok) throw new Error(outcome.message);
  return outcome;
}

const rules = (outcome: ReturnType<typeof imported>) => outcome.findings.map((f) => f.rule);

describe('the header', () => {
  it.each([
    ['某某局2024年政府信息公开工作年度报告', '某某局', 2024],
    ['某某局\n\n２０２４ 年度政府信息公开工作年度报告', '某某局', 2024],
    ['某某局 2023 年政府信息公开\n工作年度报告', '某某局', 2023],
    ['某某局二〇二四年政府信息公开工作年度报告', '某某局', 2024],
    ['某某局二○二三年度政府信息公开工作年度报告', '某某局', 2023],
    ['《某某局2024年政府信息公开工作年度报告》', '某某局', 2024],
    ['关于某某局2024年政府信息公开工作年度报告的公告', '某某局', 2024],
  ])('reads agency and year from %j', (title, agencyName, year) => {
    expect(imported(`${title}\n一、总体情况\n正文。`).report.header).toMatchObject({
      agencyName,
      year,
    });
  });

  it.each([
    ['2025 年 1 月 10 日', '2025-01-10'],
    ['发布日期：2025年1月20日', '2025-01-20'],
    ['（2025-01-05）', '2025-01-05'],
    ['发布时间：2025.1.8 10:30', '2025-01-08'],
  ])('reads the date line %j', (line, date) => {
    const text = `某某局2024年政府信息公开工作年度报告\n${line}\n一、总体情况`;
    expect(imported(text).report.header.publishDate).toBe(date);
  });

  it('leaves a date that does not exist blank, and says so', () => {
    const outcome = imported('某某局2024年政府信息公开工作年度报告\n2025年2月30日\n一、总体情况');
    expect(outcome.report.header.publishDate).toBeNull();
    expect(outcome.findings).toContainEqual(
      expect.objectContaining({ rule: 'I-HEADER', severity: 'warning', line: 2 }),
    );
  });

  it('keeps the preamble, drops the statistics period the printed report adds itself, and sets aside what came before the title', () => {
    const outcome = imported(
      [
        '首页 > 政府信息公开 > 年度报告',
        '某某局2024年政府信息公开工作年度报告',
        '本报告由某某局编制。',
        '本报告所列数据的统计期限为2024年1月1日至2024年12月31日。',
        '一、总体情况',
      ].join('\n'),
    );
    expect(outcome.report.preamble).toBe('本报告由某某局编制。');
    expect(outcome.account.unplaced).toEqual([
      { line: 1, text: '首页 > 政府信息公开 > 年度报告', reason: '报告标题之前的内容' },
      {
        line: 4,
        text: expect.stringContaining('统计期限'),
        reason: expect.stringContaining('统计期限句'),
      },
    ]);
  });

  it('takes the date of a closing signature when the header has none', () => {
    const outcome = imported(
      '某某局2024年政府信息公开工作年度报告\n六、其他需要报告的事项\n无。\n某某局\n2025年1月15日',
    );
    expect(outcome.report.header.publishDate).toBe('2025-01-15');
    expect(outcome.report.otherMatters.text).toBe('无。');
  });

  it('always asks for the category, which no report prints', () => {
    const outcome = imported('某某局2024年政府信息公开工作年度报告');
    expect(outcome.report.header.category).toBeNull();
    expect(outcome.findings).toContainEqual(
      expect.objectContaining({ rule: 'I-HEADER', severity: 'info', cells: ['header.category'] }),
    );
  });
});

describe('the sections', () => {
  it('finds headings with extra characters, typos and the 条例’s wording of 四', () => {
    const outcome = imported(
      [
        '某某局2024年政府信息公开工作年度报告',
        '一、总体情况：',
        '概述。',
        '二、主动公开政府信息情况',
        '三、收到和处理政府信息公开申请情况',
        '四、因政府信息公开工作被申请行政复议、提起行政诉讼情况',
        '五、存在的主要问题和改进情况',
        '问题。',
        '六．其他需要报告的事项',
        '无。',
      ].join('\n'),
    );
    expect(outcome.report.overview.summary).toBe('概述。');
    expect(outcome.report.problems).toBe('问题。');
    expect(outcome.report.otherMatters.text).toBe('无。');
    expect(rules(outcome).filter((rule) => rule === 'I-SECTION')).toHaveLength(2);
  });

  it('reads a heading that runs straight into its first paragraph', () => {
    const outcome = imported(
      '某某局2024年政府信息公开工作年度报告\n一、总体情况。2024年，本局认真贯彻条例。',
    );
    expect(outcome.report.overview.summary).toBe('2024年，本局认真贯彻条例。');
  });

  it('finds a table whose heading is missing by its first lines', () => {
    const outcome = imported(
      '某某局2024年政府信息公开工作年度报告\n一、总体情况\n概述。\n第二十条第（一）项\n规章\t1\t0\t3',
    );
    expect(outcome.report.overview.summary).toBe('概述。');
    expect(outcome.report.cells['t2.rules.issued']).toBe(1);
    expect(outcome.findings).toContainEqual(
      expect.objectContaining({ rule: 'I-SECTION', section: 't2', line: 4 }),
    );
  });

  it('splits section 一 into its five parts, dropping their run-in labels', () => {
    const outcome = imported(
      [
        '某某局2024年政府信息公开工作年度报告',
        '一、总体情况',
        '本局认真贯彻条例。',
        '（一）主动公开。全年发布信息 226 条。',
        '（二）依申请公开',
        '全年收到申请 2 件。',
        '（三）政府信息管理情况：建立审核制度。',
        '（五）监督保障。纳入考核。',
      ].join('\n'),
    );
    expect(outcome.report.overview).toEqual({
      summary: '本局认真贯彻条例。',
      activeDisclosure: '全年发布信息 226 条。',
      requestDisclosure: '全年收到申请 2 件。',
      informationManagement: '建立审核制度。',
      platformBuilding: '',
      supervision: '纳入考核。',
    });
  });

  it('keeps sub-headings of its own making in the text, labels and all', () => {
    const outcome = imported(
      '某某局2024年政府信息公开工作年度报告\n一、总体情况\n（一）加强组织领导。成立领导小组。',
    );
    expect(outcome.report.overview.summary).toBe('（一）加强组织领导。成立领导小组。');
    expect(outcome.report.overview.activeDisclosure).toBe('');
    expect(rules(outcome)).toContain('I-LABEL');
  });

  it('rejoins lines a copy broke mid-sentence and strips ** emphasis', () => {
    const outcome = imported(
      [
        '某某局2024年政府信息公开工作年度报告',
        '五、存在的主要问题及改进情况',
        '**一是**部分科室对政务公开工作的认识还有待进一步',
        '',
        '提高；**二是**考核还需加强。',
        '下一步，我们将加强培训。',
      ].join('\n'),
    );
    expect(outcome.report.problems).toBe(
      '一是部分科室对政务公开工作的认识还有待进一步提高；二是考核还需加强。\n下一步，我们将加强培训。',
    );
  });

  it('reads section 六’s fee statement and numbered items', () => {
    const outcome = imported(
      [
        '某某局2024年政府信息公开工作年度报告',
        '六、其他需要报告的事项',
        '本年度未收取信息处理费。',
        '（一）人大代表建议和政协提案办理结果公开情况',
        '办理建议 5 件，均已公开。',
        '（二）政务公开工作创新情况。开设专栏。',
      ].join('\n'),
    );
    expect(outcome.report.otherMatters).toEqual({
      processingFee: '0',
      text: '',
      items: [
        { title: '人大代表建议和政协提案办理结果公开情况', text: '办理建议 5 件，均已公开。' },
        { title: '政务公开工作创新情况', text: '开设专栏。' },
      ],
    });
  });

  it('sets aside page numbers and a web page’s furniture wherever they fall', () => {
    const outcome = importReportHtml(
      '<p>某某局2024年政府信息公开工作年度报告</p><h2>五、存在的主要问题及改进情况</h2><p>问题。</p>' +
        '<p>— 3 —</p><p>第 4 页 共 9 页</p><p>改进。</p><div>版权所有：某某局 网站标识码 1234</div>',
    );
    expect(outcome.ok && outcome.report.problems).toBe('问题。\n改进。');
    expect(outcome.ok && outcome.account.unplaced.map((u) => u.reason)).toEqual([
      '页码',
      '页码',
      '网页的版权、打印等栏目',
    ]);
  });
});

describe('a text with more than one report', () => {
  // Pasted twice, or a 汇编 of several agencies' reports in one PDF.
  const one = (agency: string, fee: string) =>
    [
      `${agency}2024年政府信息公开工作年度报告`,
      '一、总体情况',
      `${agency}认真贯彻落实条例。`,
      '五、存在的主要问题及改进情况',
      '一是公开意识不强。',
      '六、其他需要报告的事项',
      fee,
    ].join('\n');

  it('reads the first and leaves the next out from its title, with one warning', () => {
    const outcome = imported(
      [one('甲局', '本年度未收取信息处理费。'), one('乙局', '本年度收取信息处理费 50 元。')].join(
        '\n',
      ),
    );
    expect(outcome.report.header.agencyName).toBe('甲局');
    const alone = imported(one('甲局', '本年度未收取信息处理费。'));
    expect(outcome.report.otherMatters).toEqual(alone.report.otherMatters);
    expect(outcome.report.otherMatters.processingFee).toBe('0');
    expect(outcome.account.unplaced.map((entry) => entry.line)).toEqual([8, 9, 10, 11, 12, 13, 14]);
    const next = outcome.findings.filter((f) => f.line === 8);
    expect(next).toEqual([
      expect.objectContaining({
        rule: 'I-SECTION',
        severity: 'warning',
        section: 's6',
        message: expect.stringContaining('第 8 行起是另一份年度报告'),
      }),
    ]);
    expect(outcome.findings.filter((f) => f.line !== null && f.line > 8)).toEqual([]);
  });

  it('keeps section 六 going past a page’s running header, the title repeated', () => {
    const text = one(
      '甲局',
      '（一）信息处理费\n本年度未收取信息处理费。\n甲局2024年政府信息公开工作年度报告\n（二）人大代表建议办理\n办理建议 3 件。',
    );
    const outcome = imported(text);
    const items = outcome.report.otherMatters.items;
    expect(items.map((item) => item.title)).toEqual(['信息处理费', '人大代表建议办理']);
    expect(outcome.account.unplaced).toEqual([
      expect.objectContaining({ line: 9, reason: '页眉（报告标题）' }),
    ]);
    const messages = outcome.findings.map((finding) => finding.message);
    expect(messages.filter((message) => message.includes('另一份年度报告'))).toEqual([]);
  });

  it('keeps a sentence in section 六 that only names a report', () => {
    const text = one('甲局', '本机关2023年政府信息公开工作年度报告已于2024年1月在门户网站发布。');
    expect(imported(text).report.otherMatters.text).toContain('已于2024年1月在门户网站发布');
  });
});
