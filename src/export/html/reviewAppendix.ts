// The review flavour's appendix 「审核意见」: whether the report is 定稿; every finding with its
// number (as marked in the report), severity label, rule id, review status, message, the places it
// names in official words and its comment thread; then the annotated findings that no longer
// occur (已修正); then the history of 定稿 and 重新打开.

import { cellDefs, describeCell, isCellAddress, type CellDef } from '../../model/form/cells.ts';
import { table3RowsByLayout, type Table3Layout } from '../../model/form/table3.ts';
import { headerLabels } from '../../model/form/header.ts';
import { overviewParts, processingFeeLabel, sectionHeadings } from '../../model/form/sections.ts';
import type { Annotation } from '../../model/review/schema.ts';
import { severityLabels, type Finding } from '../../model/rules/finding.ts';
import { describeRule } from '../../model/rules/retired.ts';
import { findingAnchor, type RenderContext } from './context.ts';
import { h, type Element } from './element.ts';
import { renderComments, renderHistory, renderStamp, renderStatus } from './reviewThread.ts';

export const reviewAppendixTitle = '审核意见';
export const fixedTitle = '已修正的问题';

const fieldNames: ReadonlyMap<string, string> = new Map([
  ...Object.entries(headerLabels).map(([field, label]) => [`header.${field}`, label] as const),
  ...overviewParts.map((part) => [`s1.${part.id}`, `${sectionHeadings.s1}·${part.label}`] as const),
  ['s5.text', sectionHeadings.s5],
  ['s6.processingFee', `${sectionHeadings.s6}·${processingFeeLabel}`],
]);

/** A cell or field address in official words; an address we do not know is shown as it is. */
export function describeLocation(address: string): string {
  if (isCellAddress(address)) return describeCell(address);
  return fieldNames.get(address) ?? address;
}

/**
 * Where a place stands in the report as printed: table 二, table 三 row by row in the report's
 * layout, table 四; a field, which has no place among the cells, after them.
 */
function printedOrder(layout: Table3Layout): ReadonlyMap<string, number> {
  const t3Rows: readonly string[] = table3RowsByLayout[layout].map((row) => row.id);
  const rank = (def: CellDef) => {
    const table = ['t2', 't3', 't4'].indexOf(def.table);
    const row = def.table === 't3' ? t3Rows.indexOf(def.row) : 0;
    return table * 1_000 + row;
  };
  const ordered = cellDefs
    .map((def, i) => ({ address: def.address, rank: rank(def), i }))
    .sort((a, b) => a.rank - b.rank || a.i - b.i);
  return new Map(ordered.map(({ address }, i) => [address, i]));
}

/** An annotation keeps its places sorted as text, to match findings; printed, in report order. */
function inPrintedOrder(context: RenderContext, places: readonly string[]): string[] {
  const order = printedOrder(context.report.table3Layout);
  const position = (place: string) => order.get(place) ?? order.size;
  return [...places].sort((a, b) => position(a) - position(b));
}

function renderPlaces(cells: readonly string[]): Element | undefined {
  if (cells.length === 0) return undefined;
  return h('p', { class: 'finding-cells' }, `位置：${cells.map(describeLocation).join('；')}`);
}

/**
 * One block per finding rather than a table: a column check names twenty cells, and their names
 * read better across the full text width than stacked in a narrow column.
 */
function renderFinding(context: RenderContext, finding: Finding, number: number): Element {
  // Items start with the findings in their order, so number − 1 is this finding's item.
  const { annotation, status = 'open' } = context.items[number - 1] ?? {};
  return h(
    'div',
    { class: `finding status-${status}`, id: findingAnchor(number) },
    h(
      'p',
      { class: 'finding-head' },
      h('span', { class: 'finding-number' }, `${number}.`),
      h(
        'span',
        { class: `severity severity-${finding.severity}` },
        severityLabels[finding.severity],
      ),
      h('span', { class: 'rule' }, finding.rule),
      renderStatus(status),
      finding.message,
    ),
    renderPlaces(finding.cells),
    annotation && renderComments(annotation.comments),
  );
}

/**
 * A finding the check no longer reports, known only from its annotation: the message and places
 * it had when last discussed, and the thread, so the reviewer sees what was corrected.
 */
function renderFixed(context: RenderContext, annotation: Annotation): Element {
  return h(
    'div',
    { class: 'finding status-fixed' },
    h(
      'p',
      { class: 'finding-head' },
      h('span', { class: 'rule' }, describeRule(annotation.rule)),
      renderStatus('fixed'),
      annotation.message,
    ),
    renderPlaces(inPrintedOrder(context, annotation.cells)),
    renderComments(annotation.comments),
  );
}

export function renderReviewAppendix(context: RenderContext): Element {
  const { findings, items, review } = context;
  const fixed = items.flatMap((item) =>
    !item.finding && item.annotation ? [item.annotation] : [],
  );
  return h(
    'section',
    { class: 'review-appendix' },
    h('h2', { id: 'report-review' }, reviewAppendixTitle),
    renderStamp(review),
    findings.length === 0
      ? h('p', {}, '未发现问题。')
      : findings.map((finding, i) => renderFinding(context, finding, i + 1)),
    fixed.length > 0 && [
      h('h3', {}, fixedTitle),
      fixed.map((annotation) => renderFixed(context, annotation)),
    ],
    renderHistory(review),
  );
}
