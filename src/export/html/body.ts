// The whole printed report as one element tree, and as the HTML fragment the app can embed.

import type { Report } from '../../model/report.ts';
import { createRenderContext, type RenderOptions } from './context.ts';
import { h, serializeNode, type Element } from './element.ts';
import {
  renderOtherMatters,
  renderOverview,
  renderProblems,
  renderSignature,
  renderTitleBlock,
  sectionHeading,
} from './narrative.ts';
import { reportRootClass } from './printCss.ts';
import { renderReviewAppendix } from './reviewAppendix.ts';
import { renderTable2 } from './table2.ts';
import { renderTable3 } from './table3.ts';
import { renderTable4 } from './table4.ts';

export const reviewNotice =
  '审核稿：标有虚线框和上标编号的位置，对应文末“审核意见”中同一编号的问题；' +
  '编号后带 ✓ 的问题已说明或已确认，其位置改用点线框。本稿不可直接发布。';

export function buildReportBody(report: Report, options: RenderOptions): Element {
  const context = createRenderContext(report, options);
  return h(
    'article',
    { class: `${reportRootClass} ${context.isReview ? 'review' : 'clean'}` },
    context.isReview && h('p', { class: 'review-notice' }, reviewNotice),
    renderTitleBlock(context),
    renderOverview(context),
    // Findings about a table are marked in its cells, not on its heading.
    sectionHeading(context, 't2'),
    renderTable2(context),
    sectionHeading(context, 't3'),
    renderTable3(context),
    sectionHeading(context, 't4'),
    renderTable4(context),
    renderProblems(context),
    renderOtherMatters(context),
    options.signature === true && renderSignature(context),
    context.isReview && renderReviewAppendix(context),
  );
}

/** The report as an HTML fragment (one <article>), to be styled with reportPrintCss. */
export function renderReportBody(report: Report, options: RenderOptions): string {
  return serializeNode(buildReportBody(report, options));
}
