// The review flavour's appendix 「审核意见」: whether the report is 定稿; every finding with its
// number (as marked in the report), severity label, rule id, review status, message, the places it
// names in official words and its comment thread; then the annotated findings that no longer
// occur (已修正); then the history of 定稿 and 重新打开.

import {
  cellDefs,
  describeCell,
  getCellDef,
  isCellAddress,
  tableShortNames,
  type CellDef,
} from '../../model/form/cells.ts';
import { table3RowsByLayout, type Table3Layout } from '../../model/form/table3.ts';
import { headerLabels } from '../../model/form/header.ts';
import { overviewParts, processingFeeLabel, sectionHeadings } from '../../model/form/sections.ts';
import type { Annotation } from '../../model/review/schema.ts';
import { severityLabels, type Finding } from '../../model/rules/finding.ts';
import { ruleName } from '../../model/rules/ruleName.ts';
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

/** Past this many places a list is a wall of text: the places are named as a range instead. */
const listedPlaces = 6;

/**
 * The places a finding names, read as a person would write them: each one when there are few; a
 * column or row of a table when they all lie in one (「表三·自然人列，20 格」); else the first few.
 */
export function describeLocations(places: readonly string[]): string {
  if (places.length <= listedPlaces) return places.map(describeLocation).join('；');
  const defs = places.flatMap((place) => (isCellAddress(place) ? [getCellDef(place)] : []));
  const [first] = defs;
  if (first && defs.length === places.length && defs.every((d) => d.table === first.table)) {
    const table = tableShortNames[first.table];
    const columnName = first.names.at(-1) ?? first.column;
    if (defs.every((d) => d.column === first.column)) {
      return `${table}·${columnName}列，${places.length} 格`;
    }
    if (defs.every((d) => d.row === first.row)) {
      const rowNames = first.names.slice(0, first.names.length - 1).join('·');
      return `${table}·${rowNames}行，${places.length} 格`;
    }
  }
  const named = places.slice(0, 3).map(describeLocation).join('；');
  return `${named} 等 ${places.length} 处`;
}

function renderPlaces(cells: readonly string[]): Element | undefined {
  if (cells.length === 0) return undefined;
  return h('p', { class: 'finding-cells' }, `位置：${describeLocations(cells)}`);
}

/** The rule's Chinese name first; its code after it in small type, for looking it up. */
const renderRule = (rule: string) =>
  h('span', { class: 'rule' }, ruleName(rule), ' ', h('small', { class: 'rule-code' }, rule));

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
      renderRule(finding.rule),
      // A 提示 is for reference only: it has no status to work through.
      finding.severity !== 'info' && renderStatus(status),
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
      renderRule(annotation.rule),
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
