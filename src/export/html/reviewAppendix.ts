// The review flavour's appendix 「审核意见」: every finding with its number (as marked in the
// report), severity label, rule id, message and the places it names, in official words.

import { describeCell, isCellAddress } from '../../model/form/cells.ts';
import { headerLabels } from '../../model/form/header.ts';
import { overviewParts, processingFeeLabel, sectionHeadings } from '../../model/form/sections.ts';
import { severityLabels, type Finding } from '../../model/rules/finding.ts';
import { findingAnchor, type RenderContext } from './context.ts';
import { h, type Element } from './element.ts';

export const reviewAppendixTitle = '审核意见';

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
 * One block per finding rather than a table: a column check names twenty cells, and their names
 * read better across the full text width than stacked in a narrow column.
 */
function renderFinding(finding: Finding, number: number): Element {
  return h(
    'div',
    { class: 'finding', id: findingAnchor(number) },
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
      finding.message,
    ),
    finding.cells.length > 0 &&
      h('p', { class: 'finding-cells' }, `位置：${finding.cells.map(describeLocation).join('；')}`),
  );
}

export function renderReviewAppendix(context: RenderContext): Element {
  const { findings } = context;
  return h(
    'section',
    { class: 'review-appendix' },
    h('h2', { id: 'report-review' }, reviewAppendixTitle),
    findings.length === 0
      ? h('p', {}, '未发现问题。')
      : findings.map((finding, i) => renderFinding(finding, i + 1)),
  );
}
