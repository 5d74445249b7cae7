// What every part of the printed report needs: the report, its computed totals, and in the review
// flavour which findings point at which cell or field.

import type { Report } from '../../model/report.ts';
import type { Finding } from '../../model/rules/finding.ts';
import { computeTotals, type Totals } from '../../model/totals.ts';
import { h, type Element } from './element.ts';

export type Flavour = 'clean' | 'review';

export interface RenderOptions {
  /** clean: the report as published; review: findings marked in place and listed at the end. */
  readonly flavour: Flavour;
  /** Adds the agency's name and the publication date at the end, right-aligned. */
  readonly signature?: boolean;
  /** Findings to mark in the review flavour, numbered 1, 2, … in the order given. */
  readonly findings?: readonly Finding[];
}

export interface RenderContext {
  readonly report: Report;
  readonly totals: Totals;
  readonly isReview: boolean;
  readonly findings: readonly Finding[];
  /** Address (cell or field) → numbers of the findings that name it; empty when clean. */
  readonly marks: ReadonlyMap<string, readonly number[]>;
}

export function createRenderContext(report: Report, options: RenderOptions): RenderContext {
  const isReview = options.flavour === 'review';
  const findings = isReview ? (options.findings ?? []) : [];
  const marks = new Map<string, number[]>();
  findings.forEach((finding, i) => {
    for (const address of new Set(finding.cells)) {
      const numbers = marks.get(address) ?? [];
      numbers.push(i + 1);
      marks.set(address, numbers);
    }
  });
  return { report, totals: computeTotals(report), isReview, findings, marks };
}

/** Anchor id of a finding in the review appendix. */
// Ids carry a report- prefix: the app embeds the printed report in its own page for printing, and
// its ids must not collide with the editor's.
export const findingAnchor = (number: number) => `report-finding-${number}`;

/** Numbers of the findings naming any of the addresses, ascending and each once. */
export function markedNumbers(context: RenderContext, addresses: readonly string[]): number[] {
  const numbers = new Set(addresses.flatMap((address) => context.marks.get(address) ?? []));
  return [...numbers].sort((a, b) => a - b);
}

/** The superscript finding numbers, each linking to its entry in the appendix; none when clean. */
export function findingMark(numbers: readonly number[]): Element | undefined {
  if (numbers.length === 0) return undefined;
  const links = numbers.map((number) => h('a', { href: `#${findingAnchor(number)}` }, `${number}`));
  return h(
    'sup',
    { class: 'finding-mark' },
    links.flatMap((link, i) => (i === 0 ? [link] : [',', link])),
  );
}
