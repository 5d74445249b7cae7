import { describe, expect, it } from 'vitest';
import { checkReport } from '../check.ts';
import { t3 } from '../form/cells.ts';
import { sampleReport } from '../../sample/mudanjiang2024.ts';
import type { Finding } from '../rules/finding.ts';
import { addComment, setFindingStatus, type ReviewResult } from './actions.ts';
import { finalise, finaliseBlockers, reopen } from './finalise.ts';
import { emptyReview, reviewSchema, type Review } from './schema.ts';
import { annotationFor, findingKey, reviewItems } from './status.ts';

const filler = { by: '张三', at: '2025-01-08T09:00:00.000Z' };
const reviewer = { by: '李四', at: '2025-01-09T10:30:00.000Z' };

const reviewOf = (result: ReviewResult): Review => {
  if (!result.ok) throw new Error(result.message);
  return reviewSchema.parse(result.review);
};

function finding(overrides: Partial<Finding>): Finding {
  return {
    rule: 'T-FEE',
    severity: 'warning',
    section: 's6',
    cells: ['s6.processingFee'],
    left: null,
    right: null,
    difference: null,
    message: '没有写明信息处理费',
    ...overrides,
  };
}

const fee = finding({});
const carry = finding({
  rule: 'X-CARRY',
  severity: 'error',
  section: 't3',
  cells: [t3('carriedOver', 'natural'), 'prior'],
  message: '上年结转 1，上年报告结转下年度 0',
});
const sum = finding({
  rule: 'R3-RESULT',
  severity: 'error',
  section: 't3',
  cells: [t3('resultTotal', 'natural'), t3('disclosed', 'natural')],
  message: '（七）总计填报为 1，各项相加为 2',
});
const blank = finding({ rule: 'C-BLANK', severity: 'info', section: 's5', cells: ['s5.text'] });

describe('findingKey', () => {
  it('is the rule and the places, whatever their order', () => {
    expect(findingKey(sum)).toBe(findingKey({ ...sum, cells: [...sum.cells].reverse() }));
    expect(findingKey(sum)).not.toBe(findingKey({ ...sum, rule: 'R3-BALANCE' }));
    expect(findingKey(sum)).not.toBe(findingKey({ ...sum, cells: sum.cells.slice(1) }));
  });
});

describe('statuses', () => {
  it('a finding nobody touched is 待处理 and has no annotation', () => {
    expect(reviewItems([fee], emptyReview)).toEqual([
      { key: findingKey(fee), finding: fee, annotation: undefined, status: 'open' },
    ]);
  });

  it('an explanation sets 已说明 and keeps the words, the author and the time in the thread', () => {
    const review = reviewOf(
      setFindingStatus(emptyReview, fee, 'explained', ' 本年未收费 ', filler),
    );
    const annotation = annotationFor(review, fee);
    expect(annotation?.status).toBe('explained');
    expect(annotation?.comments).toEqual([
      { author: '张三', at: filler.at, text: '本年未收费', status: 'explained' },
    ]);
  });

  it('refuses an explanation or a rejection without words, and leaves the review as it was', () => {
    expect(setFindingStatus(emptyReview, fee, 'explained', '  ', filler)).toEqual({
      ok: false,
      message: '请写明说明理由',
    });
    expect(setFindingStatus(emptyReview, fee, 'rejected', '', reviewer)).toEqual({
      ok: false,
      message: '请写明驳回理由',
    });
    expect(
      reviewOf(setFindingStatus(emptyReview, fee, 'accepted', '', reviewer)).annotations,
    ).toHaveLength(1);
  });

  it('a comment joins the thread without changing the status', () => {
    let review = reviewOf(setFindingStatus(emptyReview, fee, 'explained', '未收费', filler));
    review = reviewOf(addComment(review, fee, '请补写 0 元', reviewer));
    expect(annotationFor(review, fee)?.status).toBe('explained');
    expect(annotationFor(review, fee)?.comments.map((c) => c.text)).toEqual([
      '未收费',
      '请补写 0 元',
    ]);
    expect(addComment(review, fee, ' ', reviewer).ok).toBe(false);
  });

  it('one annotation per finding, found again after the finding’s numbers change', () => {
    let review = reviewOf(setFindingStatus(emptyReview, sum, 'explained', '原报告如此', filler));
    const changed = { ...sum, message: '（七）总计填报为 1，各项相加为 3' };
    review = reviewOf(setFindingStatus(review, changed, 'rejected', '须改数', reviewer));
    expect(review.annotations).toHaveLength(1);
    expect(annotationFor(review, changed)?.message).toBe(changed.message);
  });

  it('an annotated finding that no longer occurs is 已修正, after the current ones', () => {
    const review = reviewOf(setFindingStatus(emptyReview, sum, 'explained', '原报告如此', filler));
    const items = reviewItems([fee], review);
    expect(items.map((item) => [item.finding?.rule, item.status])).toEqual([
      ['T-FEE', 'open'],
      [undefined, 'fixed'],
    ]);
    expect(items[1]?.annotation?.rule).toBe('R3-RESULT');
    // It comes back with its status when the finding does (after an undo, say).
    expect(reviewItems([sum], review)[0]?.status).toBe('explained');
  });
});

describe('what a review may set', () => {
  const hint = finding({ rule: 'C-BLANK', severity: 'info', message: '尚未填写' });

  it('gives a 提示 no status to work through', () => {
    expect(setFindingStatus(emptyReview, hint, 'explained', '稍后填写', filler)).toEqual({
      ok: false,
      message: '提示只供参考，不需要处理',
    });
  });

  it('accepts an explained warning, and an explainable error, but not another error', () => {
    expect(setFindingStatus(emptyReview, fee, 'accepted', '', reviewer).ok).toBe(true);
    expect(setFindingStatus(emptyReview, carry, 'accepted', '', reviewer).ok).toBe(true);
    expect(setFindingStatus(emptyReview, sum, 'accepted', '', reviewer).ok).toBe(false);
    expect(setFindingStatus(emptyReview, sum, 'rejected', '请修正', reviewer).ok).toBe(true);
  });
});

describe('定稿', () => {
  it('is refused while an error stands, whatever was said about it', () => {
    // A reviewer cannot accept an error that must be fixed: only explainable rules allow it.
    expect(setFindingStatus(emptyReview, sum, 'accepted', '', reviewer)).toEqual({
      ok: false,
      message: '这个错误必须修正，不能经审核确认（只有跨年度结转等可说明的错误允许确认说明）',
    });
    const review = reviewOf(setFindingStatus(emptyReview, sum, 'explained', '原报告如此', filler));
    expect(finaliseBlockers([sum], review).map((b) => b.reason)).toEqual(['错误须修正']);
    expect(finalise(review, [sum], reviewer)).toEqual({
      ok: false,
      message: '还有 1 个问题未处理，暂不能定稿',
    });
  });

  it('lets an explainable error stand only once a reviewer accepts its explanation', () => {
    const explained = reviewOf(
      setFindingStatus(emptyReview, carry, 'explained', '机构调整', filler),
    );
    expect(finaliseBlockers([carry], explained)[0]?.reason).toBe('错误的说明须经审核确认');
    const accepted = reviewOf(setFindingStatus(explained, carry, 'accepted', '', reviewer));
    expect(finaliseBlockers([carry], accepted)).toEqual([]);
  });

  it('needs every warning fixed, explained or accepted; a rejected one blocks; info never does', () => {
    expect(finaliseBlockers([fee, blank], emptyReview).map((b) => b.finding.rule)).toEqual([
      'T-FEE',
    ]);
    const explained = reviewOf(setFindingStatus(emptyReview, fee, 'explained', '未收费', filler));
    expect(finaliseBlockers([fee, blank], explained)).toEqual([]);
    const rejected = reviewOf(setFindingStatus(explained, fee, 'rejected', '须写 0 元', reviewer));
    expect(finaliseBlockers([fee], rejected)[0]?.reason).toBe(
      '警告的说明已被驳回，须修正或重新说明',
    );
    expect(finaliseBlockers([], rejected)).toEqual([]);
  });

  it('stamps who and when, records it, and then refuses further annotation', () => {
    const review = reviewOf(finalise(emptyReview, [blank], reviewer));
    expect(review.finalised).toEqual(reviewer);
    expect(review.history).toEqual([{ kind: 'finalised', ...reviewer }]);
    expect(finalise(review, [], reviewer).ok).toBe(false);
    expect(setFindingStatus(review, fee, 'accepted', '', reviewer).ok).toBe(false);
    expect(addComment(review, fee, '意见', reviewer).ok).toBe(false);
  });

  it('重新打开 needs a reason and keeps it in the history', () => {
    const finalised = reviewOf(finalise(emptyReview, [], reviewer));
    expect(reopen(finalised, ' ', filler)).toEqual({ ok: false, message: '请写明重新打开的原因' });
    expect(reopen(emptyReview, '改数', filler).ok).toBe(false);
    const reopened = reviewOf(reopen(finalised, ' 上级要求补充说明 ', filler));
    expect(reopened.finalised).toBeNull();
    expect(reopened.history).toEqual([
      { kind: 'finalised', ...reviewer },
      { kind: 'reopened', ...filler, reason: '上级要求补充说明' },
    ]);
  });

  it('the sample can be finalised once its sums are fixed and its warnings explained', () => {
    const fixed = {
      ...sampleReport,
      declared: {
        ...sampleReport.declared,
        [t3('resultTotal', 'natural')]: 2,
        [t3('resultTotal', 'total')]: 2,
      },
    };
    const findings = checkReport(fixed, { stage: 'final' });
    expect(findings.map((f) => f.rule)).toEqual(['F-LEGACY', 'T-FEE']);
    let review = emptyReview;
    for (const warning of findings) {
      review = reviewOf(setFindingStatus(review, warning, 'explained', '按原报告', filler));
    }
    expect(reviewOf(finalise(review, findings, reviewer)).finalised).toEqual(reviewer);
  });
});
