import { describe, expect, it } from 'vitest';
import { t3 } from '../../model/form/cells.ts';
import { checkReport } from '../../model/check.ts';
import { ruleLabel } from '../../model/rules/ruleName.ts';
import { severityLabels } from '../../model/rules/finding.ts';
import { sampleReport } from '../../sample/mudanjiang2024.ts';
import { buildReportBody, renderReportBody } from './body.ts';
import { renderReportHtml } from './document.ts';
import { describeLocations, reviewAppendixTitle } from './reviewAppendix.ts';
import {
  at,
  byTag,
  findAll,
  findByText,
  hasClass,
  plainTextOf,
  textOf,
} from '../../testing/html.ts';

const findings = checkReport(sampleReport);
const review = buildReportBody(sampleReport, { flavour: 'review', findings });
const cellsWith = (address: string) =>
  findAll(review, (e) => e.tag === 'td' && e.attributes['data-cell'] === address);
const marksIn = (element: Parameters<typeof textOf>[0]) =>
  findAll(element, (e) => hasClass(e, 'finding-mark')).map(textOf);

describe('the review flavour', () => {
  it('knows the sample’s findings: the wrong （七）总计, the 2019 layout and the missing fee', () => {
    expect(findings.map((finding) => finding.rule)).toEqual(['R3-RESULT', 'F-LEGACY', 'T-FEE']);
  });

  it('marks each cell a finding names with a dashed frame and the finding’s number', () => {
    const natural = at(cellsWith(t3('resultTotal', 'natural')), 0);
    const grandTotal = at(cellsWith(t3('resultTotal', 'total')), 0);
    const otherHandling = at(cellsWith(t3('otherHandling', 'total')), 0);

    expect(hasClass(natural, 'flagged')).toBe(true);
    expect(marksIn(natural)).toEqual(['1']);
    // The 总计 column prints the same wrong figure: no error of its own, so no mark.
    expect(marksIn(grandTotal)).toEqual([]);
    expect(marksIn(otherHandling)).toEqual(['2']);
    expect(plainTextOf(natural)).toBe('2');
    expect(hasClass(at(cellsWith(t3('newReceived', 'natural')), 0), 'flagged')).toBe(false);
  });

  it('links each mark to its entry in the appendix', () => {
    const html = renderReportHtml(sampleReport, { flavour: 'review', findings });
    expect(html).toContain('<a href="#report-finding-1" class="status-open">1</a>');
    expect(html).toContain('id="report-finding-1"');
  });

  it('marks a finding about a field where the report prints it: T-FEE on section 六', () => {
    expect(marksIn(findByText(review, 'h2', '六、其他需要报告的事项'))).toEqual(['3']);
  });

  it('lists every finding in 审核意见 with its number, severity, rule, status, message and places', () => {
    const appendix = at(
      findAll(review, (e) => hasClass(e, 'review-appendix')),
      0,
    );
    const entries = findAll(appendix, (e) => hasClass(e, 'finding'));

    expect(plainTextOf(at(findAll(appendix, byTag('h2')), 0))).toBe(reviewAppendixTitle);
    expect(entries).toHaveLength(findings.length);
    findings.forEach((finding, i) => {
      const [head, places] = findAll(at(entries, i), byTag('p')).map(plainTextOf);
      expect(head).toBe(
        `${i + 1}.${severityLabels[finding.severity]}${ruleLabel(finding.rule)}［待处理］${finding.message}`,
      );
      expect(places).toBe(`位置：${describeLocations(finding.cells)}`);
    });
    // The first finding checks the whole 自然人 column: named as a range, not twenty cells.
    expect(plainTextOf(at(entries, 0))).toContain('位置：表三·自然人列，20 格');
    expect(plainTextOf(at(entries, 2))).toContain(
      '位置：六、其他需要报告的事项·信息处理费收取情况',
    );
  });

  it('heads the review copy with a notice that it is not for publication', () => {
    expect(plainTextOf(at(findAll(review, byTag('p')), 0))).toMatch(/^审核稿：.*不可直接发布/);
  });

  it('says so when there is nothing to review', () => {
    const body = buildReportBody(sampleReport, { flavour: 'review', findings: [] });
    expect(findAll(body, (e) => hasClass(e, 'flagged'))).toEqual([]);
    expect(findAll(body, byTag('p')).map(plainTextOf)).toContain('未发现问题。');
  });

  it('shows no mark, notice or appendix in the clean flavour, even when given findings', () => {
    const body = renderReportBody(sampleReport, { flavour: 'clean', findings });
    expect(body).not.toMatch(/flagged|finding-mark|审核意见|审核稿|<sup/);
  });
});

describe('the places a finding names', () => {
  const column = (column: string, rows: readonly string[]) =>
    rows.map((row) => `t3.${row}.${column}`);
  const rows = [
    'disclosed',
    'partlyDisclosed',
    'withheldStateSecret',
    'withheldLawProhibited',
    'withheldThreeSecurities',
    'withheldThirdParty',
    'withheldInternalAffairs',
  ];

  it('names each place when there are few', () => {
    expect(describeLocations(['s6.processingFee'])).toBe(
      '六、其他需要报告的事项·信息处理费收取情况',
    );
  });

  it('names a column or a row of a table instead of listing twenty cells', () => {
    expect(describeLocations(column('natural', rows))).toBe('表三·自然人列，7 格');
    const row = [
      'natural',
      'commercial',
      'research',
      'publicInterest',
      'legalService',
      'otherOrg',
      'total',
    ];
    expect(describeLocations(row.map((c) => `t3.disclosed.${c}`))).toBe(
      '表三·三、本年度办理结果·（一）予以公开行，7 格',
    );
  });

  it('names the first few and the count when the places lie anywhere', () => {
    const mixed = [
      ...column('natural', rows.slice(0, 4)),
      ...column('legalService', rows.slice(0, 4)),
    ];
    expect(describeLocations(mixed)).toMatch(/^表三·.*·自然人；.*等 8 处$/);
  });
});
