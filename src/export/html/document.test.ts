import { describe, expect, it } from 'vitest';
import { sectionHeadings } from '../../model/form/sections.ts';
import type { Report } from '../../model/report.ts';
import { sampleReport } from '../../sample/mudanjiang2024.ts';
import { zeroReport } from '../../testing/reports.ts';
import { buildReportBody, renderReportBody } from './body.ts';
import { renderReportHtml } from './document.ts';
import { reportPrintCss } from './printCss.ts';
import { byTag, findAll, hasClass, plainTextOf } from '../../testing/html.ts';

const clean = { flavour: 'clean' } as const;
const paragraphsOf = (report: Report) =>
  findAll(buildReportBody(report, clean), byTag('p')).map(plainTextOf);

describe('the printed report document', () => {
  const html = renderReportHtml(sampleReport, clean);

  it('is a standalone zh-CN page whose policy lets nothing load or run', () => {
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="zh-CN">/);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain(
      `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline';`,
    );
    expect(html).not.toMatch(/<script|<link|<img|src=|url\(/i);
    expect(html).toContain(
      '<title>牡丹江经济技术开发区管理委员会2024年政府信息公开工作年度报告</title>',
    );
  });

  it('sets A4 pages with the GB/T 9704 margins, page numbers and repeating table headers', () => {
    expect(reportPrintCss).toContain('size: A4;');
    expect(reportPrintCss).toContain('margin: 37mm 26mm 35mm 28mm;');
    expect(reportPrintCss).toMatch(/@bottom-center \{\s*content: "— " counter\(page\) " —";/);
    expect(reportPrintCss).toContain('thead { display: table-header-group; }');
    expect(reportPrintCss).toMatch(/font-family: "FangSong_GB2312", "仿宋_GB2312"/);
    expect(reportPrintCss).toMatch(/font-size: 16pt/);
    expect(reportPrintCss).toMatch(/font-family: "FZXiaoBiaoSong-B05S", "方正小标宋简体"/);
  });

  it('scopes every style rule but @page to the report, so the app can embed it', () => {
    const selectors = reportPrintCss
      .replace(/@page \{[\s\S]*?\n\}/, '')
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .match(/^[^\s@}][^{]*(?=\{)/gm);
    expect(selectors?.length).toBeGreaterThan(10);
    for (const selector of selectors ?? []) {
      for (const part of selector.split(',')) expect(part.trim()).toMatch(/^\.nianbao-report\b/);
    }
  });

  it('gives the body fragment alone, without a document around it', () => {
    const body = renderReportBody(sampleReport, clean);
    expect(body).toMatch(/^<article class="nianbao-report clean">/);
    expect(body).not.toContain('<html');
    expect(html).toContain(body);
  });

  it('titles the report, dates it and states the statistics period of its year', () => {
    const body = buildReportBody(sampleReport, clean);
    expect(findAll(body, byTag('h1')).map(plainTextOf)).toEqual([
      '牡丹江经济技术开发区管理委员会2024年政府信息公开工作年度报告',
    ]);
    const paragraphs = paragraphsOf(sampleReport);
    expect(paragraphs).toContain('发布日期：2025年1月10日');
    expect(paragraphs.indexOf(sampleReport.preamble)).toBe(1);
  });

  it('states the statistics period once: in the 导语 when it says it, else in a sentence of its own', () => {
    const period = '本报告所列数据的统计期限为2024年1月1日至2024年12月31日。';
    const stated = '本报告中所列数据统计期限自2024年1月1日起至2024年12月31日止。';
    expect(paragraphsOf({ ...sampleReport, preamble: stated })).not.toContain(period);
    expect(
      paragraphsOf({ ...sampleReport, preamble: '本报告数据的统计时限为全年。' }),
    ).not.toContain(period);
    expect(paragraphsOf({ ...sampleReport, preamble: '' })).toContain(period);
    expect(paragraphsOf({ ...sampleReport, preamble: '现将本机关年度报告公布如下。' })).toContain(
      period,
    );
  });

  it('prints the six sections under the official headings, in order', () => {
    const headings = findAll(buildReportBody(sampleReport, clean), byTag('h2')).map(plainTextOf);
    expect(headings).toEqual(Object.values(sectionHeadings));
  });

  it('makes a paragraph of every typed line and drops blank lines', () => {
    const report = { ...zeroReport(), problems: '　　第一段。\n\n第二段。\r\n  \n第三段。' };
    const paragraphs = paragraphsOf(report);
    const start = paragraphs.indexOf('第一段。');
    expect(paragraphs.slice(start, start + 3)).toEqual(['第一段。', '第二段。', '第三段。']);
  });

  it('runs each part label of section 一 into its first paragraph, once', () => {
    const report = {
      ...zeroReport(),
      overview: {
        ...zeroReport().overview,
        activeDisclosure: '全年主动公开信息 120 条。\n开设专栏 3 个。',
        requestDisclosure: '（二）依申请公开全年收到申请 2 件。',
      },
    };
    const body = buildReportBody(report, clean);
    const paragraphs = findAll(body, byTag('p')).map(plainTextOf);
    expect(paragraphs).toContain('（一）主动公开。全年主动公开信息 120 条。');
    expect(paragraphs).toContain('开设专栏 3 个。');
    expect(paragraphs).toContain('（二）依申请公开全年收到申请 2 件。');
    expect(findAll(body, (e) => hasClass(e, 'run-in')).map(plainTextOf)).toEqual([
      '（一）主动公开。',
      '（二）依申请公开',
      '（三）政府信息管理。',
      '（四）政府信息公开平台建设。',
      '（五）监督保障。',
    ]);
  });

  it.each([
    ['0', '2024年度未收取信息处理费。'],
    ['1250.5', '2024年度收取信息处理费1250.5元。'],
  ])('states a 信息处理费 of %s 元 in section 六', (fee, sentence) => {
    const report = zeroReport();
    const withFee = { ...report, otherMatters: { ...report.otherMatters, processingFee: fee } };
    expect(paragraphsOf(withFee)).toContain(sentence);
  });

  it('says nothing about the 信息处理费 when the report does not state it', () => {
    expect(paragraphsOf(sampleReport).some((p) => p.includes('信息处理费'))).toBe(false);
  });

  it('numbers the named items of section 六 after its text', () => {
    const report = zeroReport();
    const paragraphs = paragraphsOf({
      ...report,
      otherMatters: {
        processingFee: null,
        text: '无其他事项。',
        items: [
          { title: '人大代表建议和政协提案办理结果公开情况', text: '全部公开。' },
          { title: '政务公开工作创新情况', text: '' },
        ],
      },
    });
    expect(paragraphs.slice(-3)).toEqual([
      '无其他事项。',
      '（一）人大代表建议和政协提案办理结果公开情况。全部公开。',
      '（二）政务公开工作创新情况。',
    ]);
  });

  it('signs with the agency and the date only when asked', () => {
    const signature = (signed: boolean) =>
      findAll(buildReportBody(sampleReport, { ...clean, signature: signed }), (e) =>
        hasClass(e, 'signature'),
      ).map((e) => findAll(e, byTag('p')).map(plainTextOf));
    expect(signature(false)).toEqual([]);
    expect(signature(true)).toEqual([['牡丹江经济技术开发区管理委员会', '2025年1月10日']]);
  });
});
