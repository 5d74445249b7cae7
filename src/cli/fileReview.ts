// Where a checked file stands in its review: each finding's status and annotation, the annotated
// findings no longer reported (已修正), and, when --final asks, what stands in the way of 定稿.

import { finaliseBlockers, type Blocker } from '../model/review/finalise.ts';
import type { Annotation, Review } from '../model/review/schema.ts';
import { reviewItems, type ReviewItem } from '../model/review/status.ts';
import type { Stage } from '../model/rules/context.ts';
import type { Finding } from '../model/rules/finding.ts';
import type { ImportFinding } from '../model/import/findings.ts';

/** A check's findings, and for an imported text or page, the importer's after them. */
export type ListedFinding = Finding | ImportFinding;

export interface FileReview {
  readonly review: Review;
  /**
   * Each checked finding's item, keyed by the finding itself. An importer's finding has none: it
   * is a note about reading the text, not something a reviewer annotates.
   */
  readonly itemOf: ReadonlyMap<ListedFinding, ReviewItem>;
  /** Annotated findings the check no longer reports, in the order they were annotated. */
  readonly fixed: readonly Annotation[];
  /** At the final stage (--final): what stands in the way of 定稿; undefined otherwise. */
  readonly blockers: readonly Blocker[] | undefined;
}

/** `findings` are the checker's own, at `stage`, with the prior year applied where given. */
export function reviewFile(review: Review, findings: readonly Finding[], stage: Stage): FileReview {
  const items = reviewItems(findings, review);
  const itemOf = new Map<ListedFinding, ReviewItem>();
  const fixed: Annotation[] = [];
  for (const item of items) {
    if (item.finding) itemOf.set(item.finding, item);
    else if (item.annotation) fixed.push(item.annotation);
  }
  const blockers = stage === 'final' ? finaliseBlockers(findings, review) : undefined;
  return { review, itemOf, fixed, blockers };
}
