import { describe, expect, it } from 'vitest';
import { checkReport } from '../../check.ts';
import type { Report } from '../../report.ts';
import { sampleReport } from '../../../sample/mudanjiang2024.ts';
import { zeroReport } from '../../../testing/reports.ts';
import { measureRepetition, minPassage } from './repetition.ts';

/** `length` distinct ideographs from `first` on: texts built from them share no passage by chance. */
const ideographs = (first: number, length: number) =>
  Array.from({ length }, (_, i) => String.fromCodePoint(first + i)).join('');

const lastYearText = ideographs(0x4e00, 100);
const newText = (length: number) => ideographs(0x6000, length);

describe('measures the share of this year’s text repeated from last year', () => {
  it('is 100% for the same text and 0% for an unrelated one', () => {
    expect(measureRepetition([lastYearText], [lastYearText]).share).toBe(1);
    expect(measureRepetition([newText(80)], [lastYearText]).share).toBe(0);
  });

  it('is about 0% for two unrelated sections 五 of real reports', () => {
    const other =
      '本单位政府信息公开工作仍存在专栏栏目设置不够细化、解读材料形式单一等问题。下一步，将围绕群众关切优化栏目设置，' +
      '多用图表、视频等方式解读政策，并加强对基层工作人员的业务培训。';
    expect(measureRepetition([other], [sampleReport.problems]).share).toBeLessThan(0.05);
  });

  it.each([
    // copied characters, new characters, share
    [50, 50, 0.5],
    [51, 49, 0.51],
    [49, 51, 0.49],
    [minPassage, 0, 1],
    [minPassage - 1, 10, 0],
  ])('%i copied and %i new characters: %d', (copied, fresh, share) => {
    const text = lastYearText.slice(0, copied) + newText(fresh);
    expect(measureRepetition([text], [lastYearText]).share).toBeCloseTo(share, 10);
  });

  it('ignores white space, punctuation and changed figures', () => {
    const last = '2023 年，我局共发布信息 120 条，比上年增加 10 条。';
    const now = '2024年我局共发布信息356条；比上年增加 236 条';
    expect(measureRepetition([now], [last]).share).toBe(1);
  });

  it('names the repeated passages as this year’s text has them, longest first', () => {
    const copied = lastYearText.slice(0, 20);
    const alsoCopied = lastYearText.slice(50, 64);
    const text = `${newText(5)}，${copied}。${newText(30)}${alsoCopied}`;
    const { passages } = measureRepetition([text], [lastYearText]);
    expect(passages.map((p) => p.text)).toEqual([copied, alsoCopied]);
    expect(passages[0]).toMatchObject({ field: 0, start: 6, end: 26 });
  });

  it('does not run a passage from one field into the next', () => {
    const half = lastYearText.slice(0, 8);
    const rest = lastYearText.slice(8, 16);
    expect(measureRepetition([half, rest], [lastYearText]).share).toBe(0);
  });
});

describe('L-REPEAT: sections 五 and 一 against last year’s report', () => {
  const lastYear = (problems: string): Report => {
    const report = zeroReport();
    return { ...report, header: { ...report.header, year: 2023 }, problems };
  };
  const thisYear = (problems: string): Report => ({ ...zeroReport(), problems });
  const repeatFindings = (report: Report, prior?: Report) =>
    checkReport(report, prior && { prior }).filter((f) => f.rule === 'L-REPEAT');

  it('needs last year’s report and both texts', () => {
    expect(repeatFindings(thisYear(lastYearText))).toEqual([]);
    expect(repeatFindings(thisYear(lastYearText), lastYear(''))).toEqual([]);
  });

  it.each([
    [50, 50, 0],
    [51, 49, 1],
  ])('%i copied and %i new characters: %i warning', (copied, fresh, count) => {
    const text = lastYearText.slice(0, copied) + newText(fresh);
    expect(repeatFindings(thisYear(text), lastYear(lastYearText))).toHaveLength(count);
  });

  it('gives the share, quotes the longest passage and lists the passages', () => {
    const [finding, ...rest] = repeatFindings(
      thisYear(sampleReport.problems),
      lastYear(sampleReport.problems.replace('2024 年我区', '2023 年本区')),
    );
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({
      severity: 'warning',
      section: 's5',
      cells: ['s5.text'],
      right: 50,
      quote: { field: 's5.text' },
    });
    expect(finding?.left).toBeGreaterThan(95);
    expect(finding?.repeats?.[0]).toBe(finding?.quote?.text);
    expect(finding?.message).toMatch(
      /^五、存在的主要问题及改进情况与 2023 年度报告的重复率为 \d+(\.\d)?%，超过 50%（30号文：不得年年雷同）；重复最长的一段是“.{30}……”。$/,
    );
  });

  it('compares section 一 as a whole', () => {
    const report = zeroReport();
    const prior = { ...lastYear('甲'), overview: sampleReport.overview };
    const [finding] = repeatFindings({ ...report, overview: sampleReport.overview }, prior);
    expect(finding).toMatchObject({ section: 's1', left: 100 });
    expect(finding?.cells).toHaveLength(6);
    expect(finding?.quote?.field).toMatch(/^s1\./);
  });
});
