import { describe, expect, it } from 'vitest';
import { checkReport } from '../../model/check.ts';
import { t3 } from '../../model/form/cells.ts';
import type { Report } from '../../model/report.ts';
import { addComment, setFindingStatus, type ReviewResult } from '../../model/review/actions.ts';
import { finalise, reopen } from '../../model/review/finalise.ts';
import { emptyReview, type Review } from '../../model/review/schema.ts';
import { ruleLabel } from '../../model/rules/ruleName.ts';
import { severityLabels, type Finding } from '../../model/rules/finding.ts';
import { sampleReport } from '../../sample/mudanjiang2024.ts';
import { buildReportBody, renderReportBody } from './body.ts';
import { renderReportHtml } from './document.ts';
import type { Element } from './element.ts';
import { fixedTitle, reviewAppendixTitle } from './reviewAppendix.ts';
import { at, byTag, findAll, hasClass, plainTextOf, textOf } from '../../testing/html.ts';

const filler = { by: '张三', at: '2025-01-09T10:30:00Z' };
const reviewer = { by: '李四', at: '2025-01-10T01:00:00.000Z' };

const findings = checkReport(sampleReport);
const naturalTotal = at(findings, 0);
const legacy = at(findings, 1);

const reviewOf = (result: ReviewResult): Review => {
  if (!result.ok) throw new Error(result.message);
  return result.review;
};

type Step = (review: Review) => ReviewResult;
const reviewAfter = (...steps: Step[]) =>
  steps.reduce((review, step) => reviewOf(step(review)), emptyReview);

const withReview = (review: Review, report: Report = sampleReport): Report => ({
  ...report,
  review,
});

function printed(report: Report, found: readonly Finding[] = checkReport(report)) {
  const body = buildReportBody(report, { flavour: 'review', findings: found });
  const appendix = at(
    findAll(body, (e) => hasClass(e, 'review-appendix')),
    0,
  );
  return {
    body,
    appendix,
    entries: findAll(appendix, (e) => hasClass(e, 'finding')),
    cell: (address: string) =>
      at(
        findAll(body, (e) => e.tag === 'td' && e.attributes['data-cell'] === address),
        0,
      ),
  };
}

const marksIn = (element: Element) =>
  findAll(element, (e) => hasClass(e, 'finding-mark')).map(textOf);
const linesOf = (element: Element, tag: string) => findAll(element, byTag(tag)).map(plainTextOf);

describe('the review copy of a report under review', () => {
  it('says 待处理 for every finding nobody has annotated, and that the report is 未定稿', () => {
    const { appendix, entries } = printed(sampleReport);

    expect(linesOf(appendix, 'p').slice(0, 1)).toEqual(['未定稿']);
    expect(entries.map((entry) => plainTextOf(at(findAll(entry, byTag('p')), 0)))).toEqual(
      findings.map(
        (finding, i) =>
          `${i + 1}.${severityLabels[finding.severity]}${ruleLabel(finding.rule)}` +
          `${finding.severity === 'info' ? '' : '［待处理］'}${finding.message}`,
      ),
    );
    expect(findAll(appendix, byTag('li'))).toEqual([]);
    expect(linesOf(appendix, 'h3')).toEqual([]);
  });

  it('shows a finding’s status and its thread: who, when in Beijing time, the status set, the words', () => {
    const review = reviewAfter(
      (r) =>
        setFindingStatus(r, legacy, 'explained', '本单位沿用 2019 年格式，已报上级同意', filler),
      (r) => addComment(r, legacy, '请附上级同意的文号', reviewer),
    );
    const { entries } = printed(withReview(review));
    const entry = at(entries, 1);

    expect(plainTextOf(at(findAll(entry, byTag('p')), 0))).toBe(
      `2.警告${ruleLabel('F-LEGACY')}［已说明］${legacy.message}`,
    );
    expect(linesOf(entry, 'li')).toEqual([
      '张三（2025-01-09 18:30）［已说明］：本单位沿用 2019 年格式，已报上级同意',
      '李四（2025-01-10 09:00）：请附上级同意的文号',
    ]);
  });

  it('marks an answered finding with ✓ and a dotted frame; a cell with an open one stays dashed', () => {
    const review = reviewAfter((r) =>
      setFindingStatus(r, naturalTotal, 'explained', '原报告如此印制', filler),
    );
    const { cell } = printed(withReview(review));

    const natural = cell(t3('resultTotal', 'natural'));
    expect(marksIn(natural)).toEqual(['1✓']);
    expect(hasClass(natural, 'answered')).toBe(true);
    // （六）其他处理·自然人 is named by 1 (explained) and 2 (the 2019 layout, still open).
    const shared = cell(t3('otherHandling', 'natural'));
    expect(marksIn(shared)).toEqual(['1✓,2']);
    expect(hasClass(shared, 'flagged')).toBe(true);
    expect(hasClass(shared, 'answered')).toBe(false);
  });

  it('keeps a rejected finding’s mark as an open one, with 已驳回 and the reason in the appendix', () => {
    const review = reviewAfter((r) =>
      setFindingStatus(r, legacy, 'rejected', '理由不充分', reviewer),
    );
    const { entries, cell } = printed(withReview(review));

    expect(marksIn(cell(t3('otherHandling', 'natural')))).toEqual(['1,2']);
    expect(linesOf(at(entries, 1), 'li')).toEqual([
      '李四（2025-01-10 09:00）［已驳回］：理由不充分',
    ]);
  });

  it('lists an annotated finding that no longer occurs as 已修正, with its message and places', () => {
    const review = reviewAfter((r) =>
      setFindingStatus(r, naturalTotal, 'explained', '将按实际更正', filler),
    );
    const corrected = structuredClone(withReview(review));
    corrected.declared[t3('resultTotal', 'natural')] = 2;
    const { appendix, entries, body } = printed(corrected);

    expect(entries.map((entry) => plainTextOf(at(findAll(entry, byTag('p')), 0)))).toEqual([
      expect.stringMatching(/^1\.错误表三（七）总计 R3-RESULT［待处理］表三·总计列/),
      expect.stringMatching(/^2\.警告沿用旧格式 F-LEGACY［待处理］/),
      expect.stringMatching(/^3\.警告信息处理费 T-FEE［待处理］/),
      `表三（七）总计 R3-RESULT［已修正］${naturalTotal.message}`,
    ]);
    const fixed = at(entries, 3);
    expect(hasClass(fixed, 'status-fixed')).toBe(true);
    expect(fixed.attributes.id).toBeUndefined();
    // Stored sorted as text, printed again in the order of the form, as the finding listed them.
    expect(linesOf(fixed, 'p')[1]).toBe('位置：表三·自然人列，20 格');
    expect(linesOf(fixed, 'li')).toEqual(['张三（2025-01-09 18:30）［已说明］：将按实际更正']);
    expect(linesOf(appendix, 'h3')).toEqual([fixedTitle]);
    expect(marksIn(body).join(',')).not.toContain('✓');
  });

  it('names an annotation of a rule this build no longer has as 已停用的规则', () => {
    const retired = {
      rule: 'X-RETIRED',
      cells: [t3('newReceived', 'natural')],
      status: 'explained' as const,
      comments: [],
      message: '旧规则的提示',
    };
    const { entries } = printed(withReview({ ...emptyReview, annotations: [retired] }));

    expect(plainTextOf(at(findAll(at(entries, entries.length - 1), byTag('p')), 0))).toBe(
      '已停用的规则 X-RETIRED［已修正］旧规则的提示',
    );
  });

  it('shows the 定稿 stamp and every 定稿 and 重新打开 with its reason', () => {
    // The renderer prints what the file holds; finalising the review alone is enough here.
    const finalised = reviewAfter((r) => finalise(r, [], reviewer));
    const reopened = reviewOf(reopen(finalised, '上级要求补充第五部分', filler));
    const again = reviewOf(finalise(reopened, [], { by: '李四', at: '2025-01-12T07:05:00Z' }));

    const stampOf = (review: Review) => at(linesOf(printed(withReview(review)).appendix, 'p'), 0);
    expect(stampOf(finalised)).toBe('定稿：李四，2025-01-10 09:00');
    expect(stampOf(reopened)).toBe('未定稿');
    expect(stampOf(again)).toBe('定稿：李四，2025-01-12 15:05');

    const { appendix } = printed(withReview(again));
    expect(linesOf(appendix, 'h3')).toEqual(['定稿记录']);
    expect(
      linesOf(
        at(
          findAll(appendix, (e) => hasClass(e, 'review-history')),
          0,
        ),
        'li',
      ),
    ).toEqual([
      '2025-01-10 09:00 李四 定稿',
      '2025-01-09 18:30 张三 重新打开，原因：上级要求补充第五部分',
      '2025-01-12 15:05 李四 定稿',
    ]);
  });

  it('escapes what people typed: names, comments and reasons never become markup', () => {
    const hostile = { by: '<img src=x onerror="alert(1)">', at: '2025-01-09T10:30:00Z' };
    const review = reviewAfter(
      (r) => setFindingStatus(r, legacy, 'explained', '</li><script>alert("&")</script>', hostile),
      (r) => finalise(r, [], hostile),
      (r) => reopen(r, "'><style>*{display:none}</style>", hostile),
    );
    const html = renderReportHtml(withReview(review), { flavour: 'review', findings });

    expect(html).not.toMatch(/<script|<img|<style>\*/);
    expect(html).toContain('&lt;img src=x onerror=&quot;alert(1)&quot;&gt;（2025-01-09 18:30）');
    expect(html).toContain('：&lt;/li&gt;&lt;script&gt;alert(&quot;&amp;&quot;)&lt;/script&gt;');
    expect(html).toContain('原因：&#39;&gt;&lt;style&gt;*{display:none}&lt;/style&gt;');
  });

  it('prints nothing of the review in the clean copy: no status, thread, stamp or history', () => {
    const review = reviewAfter(
      (r) => setFindingStatus(r, legacy, 'explained', '沿用旧格式的说明', filler),
      (r) => finalise(r, [], reviewer),
    );
    // The body, not the whole page: the constant stylesheet names the statuses in a comment.
    const html = renderReportBody(withReview(review), { flavour: 'clean', findings });

    for (const trace of ['沿用旧格式的说明', '张三', '李四', '定稿', '已说明', '✓', 'status-'])
      expect(html).not.toContain(trace);
    expect(html).not.toContain(reviewAppendixTitle);
  });
});
