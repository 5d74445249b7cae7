import { describe, expect, it } from 'vitest';
import { checkReport } from '../check.ts';
import type { Report } from '../report.ts';
import { zeroReport } from '../../testing/reports.ts';

const rulesOf = (report: Report, rule: string) =>
  checkReport(report).filter((finding) => finding.rule === rule);

describe('F-LEGACY: table 三 in the 2019 layout', () => {
  it('warns for the 2019 layout only', () => {
    const report = zeroReport();
    expect(rulesOf(report, 'F-LEGACY')).toEqual([]);
    const legacy: Report = { ...report, table3Layout: '2019', cells: {} };
    const [finding] = rulesOf(legacy, 'F-LEGACY');
    expect(finding?.severity).toBe('warning');
    expect(finding?.cells[0]).toBe('t3.otherHandling.natural');
  });
});

describe('T-FEE: section 六 states the 信息处理费', () => {
  const withOther = (otherMatters: Partial<Report['otherMatters']>): Report => {
    const report = zeroReport();
    return { ...report, otherMatters: { ...report.otherMatters, ...otherMatters } };
  };

  it.each<[string, Partial<Report['otherMatters']>, number]>([
    ['the fee field says 0', { processingFee: '0', text: '无' }, 0],
    ['the text states it', { processingFee: null, text: '本年度未收取信息处理费。' }, 0],
    [
      'a local item states it',
      { processingFee: null, text: '', items: [{ title: '信息处理费', text: '0 元' }] },
      0,
    ],
    ['未产生…费用', { processingFee: null, text: '本年度未产生政府信息公开相关费用。' }, 0],
    ['未收取', { processingFee: null, text: '本机关办理依申请公开未收取任何费用。' }, 0],
    ['无…收费', { processingFee: null, text: '本年度无政府信息公开收费情况。' }, 0],
    ['0元', { processingFee: null, text: '依申请公开收费0元。' }, 0],
    ['0.00 元', { processingFee: null, text: '收费金额为 0.00 元。' }, 0],
    ['10元 is not 0元', { processingFee: null, text: '工本费10元。' }, 1],
    ['only 无', { processingFee: null, text: '无' }, 1],
    ['nothing', { processingFee: null, text: '' }, 1],
  ])('%s', (_, otherMatters, count) => {
    expect(rulesOf(withOther(otherMatters), 'T-FEE')).toHaveLength(count);
  });
});

describe('L-LEN: section 一 within 1,000 characters', () => {
  const withSummary = (summary: string): Report => {
    const report = zeroReport();
    return { ...report, overview: { ...report.overview, summary, activeDisclosure: '' } };
  };

  it.each([
    [1000, 0],
    [1001, 1],
  ])('%i characters gives %i warning', (length, count) => {
    expect(rulesOf(withSummary('字'.repeat(length)), 'L-LEN')).toHaveLength(count);
  });

  it('does not count white space and says by how much it is over', () => {
    const text = `${'政'.repeat(600)}\n\n  ${'务'.repeat(401)} `;
    const [finding] = rulesOf(withSummary(text), 'L-LEN');
    expect(finding?.left).toBe(1001);
    expect(finding?.message).toBe('一、总体情况共 1001 字，超出“篇幅原则上不超过一千字”1 字。');
  });
});

describe('D-DEADLINE: publication date', () => {
  const published = (publishDate: string, category: Report['header']['category']): Report => {
    const report = zeroReport();
    return { ...report, header: { ...report.header, year: 2024, publishDate, category } };
  };

  it.each([
    ['2025-01-31', '县级政府部门', 0],
    ['2025-02-01', '县级政府部门', 1],
    ['2025-02-01', '乡镇街道', 1],
    ['2025-03-31', '县级政府', 0],
    ['2025-04-01', '省级政府', 1],
    ['2025-03-01', '开发区等其他', 1],
    ['2024-12-31', '县级政府', 1],
    ['2025-06-01', null, 0],
  ] as const)('%s for %s', (date, category, count) => {
    expect(rulesOf(published(date, category), 'D-DEADLINE')).toHaveLength(count);
  });

  it('says how late', () => {
    const [finding] = rulesOf(published('2025-02-03', '地市级政府部门'), 'D-DEADLINE');
    expect(finding?.message).toBe(
      '发布日期 2025-02-03 晚于地市级政府部门的发布期限 2025-01-31（1 月 31 日前），晚了 3 天。',
    );
  });
});
