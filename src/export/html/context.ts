// What every part of the printed report needs: the report, its computed totals, and in the review
// flavour which findings point at which cell or field and where each stands in the review.

import type { Report } from '../../model/report.ts';
import { emptyReview, type Review, type ReviewStatus } from '../../model/review/schema.ts';
import { reviewItems, type ReviewItem } from '../../model/review/status.ts';
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
  /**
   * The report's review (statuses, threads, 定稿) in the review flavour. Empty when clean: a
   * published report must carry nothing of the internal review, whatever the file holds.
   */
  readonly review: Review;
  /** The findings with their annotations, then the annotated ones no longer found (已修正). */
  readonly items: readonly ReviewItem[];
  /** Address (cell or field) → numbers of the findings that name it; empty when clean. */
  readonly marks: ReadonlyMap<string, readonly number[]>;
}

export function createRenderContext(report: Report, options: RenderOptions): RenderContext {
  const isReview = options.flavour === 'review';
  const findings = isReview ? (options.findings ?? []) : [];
  const review = isReview ? report.review : emptyReview;
  const marks = new Map<string, number[]>();
  findings.forEach((finding, i) => {
    for (const address of new Set(finding.cells)) {
      const numbers = marks.get(address) ?? [];
      numbers.push(i + 1);
      marks.set(address, numbers);
    }
  });
  const items = reviewItems(findings, review);
  return { report, totals: computeTotals(report), isReview, findings, review, items, marks };
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

/** The review status of the finding numbered `number`; 待处理 when it was never annotated. */
export const statusOfNumber = (context: RenderContext, number: number): ReviewStatus =>
  context.items[number - 1]?.status ?? 'open';

/**
 * Answered findings: the filler explained it or the reviewer accepted it. Their marks carry a ✓
 * and their frame is dotted, so a reader of a black-and-white print sees what still needs work.
 */
export const isAnswered = (status: ReviewStatus) => status === 'explained' || status === 'accepted';

/** Set when findings name the addresses and every one of them is answered. */
export const isAllAnswered = (context: RenderContext, numbers: readonly number[]) =>
  numbers.length > 0 && numbers.every((number) => isAnswered(statusOfNumber(context, number)));

/**
 * The superscript numbers of the findings naming the addresses, each linking to its entry in the
 * appendix and classed by its review status; none when clean.
 */
export function findingMark(
  context: RenderContext,
  addresses: readonly string[],
): Element | undefined {
  const numbers = markedNumbers(context, addresses);
  if (numbers.length === 0) return undefined;
  const links = numbers.map((number) => {
    const status = statusOfNumber(context, number);
    return h(
      'a',
      { href: `#${findingAnchor(number)}`, class: `status-${status}` },
      isAnswered(status) ? `${number}✓` : `${number}`,
    );
  });
  return h(
    'sup',
    { class: 'finding-mark' },
    links.flatMap((link, i) => (i === 0 ? [link] : [',', link])),
  );
}
