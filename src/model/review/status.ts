// Where each finding stands in the review. A finding and its annotation meet by key (rule and
// places); an annotation whose finding no longer occurs is 已修正.

import type { Finding } from '../rules/finding.ts';
import type { Annotation, Review, ReviewStatus } from './schema.ts';

/** What identifies a finding across edits: its rule and the places it names, in any order. */
export function findingKey(finding: {
  readonly rule: string;
  readonly cells: readonly string[];
}): string {
  return `${finding.rule}@${[...finding.cells].sort().join(',')}`;
}

export function annotationFor(review: Review, finding: Finding): Annotation | undefined {
  const key = findingKey(finding);
  return review.annotations.find((annotation) => findingKey(annotation) === key);
}

/** A current finding with its annotation, or a fixed one known only from its annotation. */
export interface ReviewItem {
  readonly key: string;
  readonly finding: Finding | undefined;
  readonly annotation: Annotation | undefined;
  readonly status: ReviewStatus;
}

export function statusOf(
  finding: Finding | undefined,
  annotation: Annotation | undefined,
): ReviewStatus {
  if (!finding) return 'fixed';
  return annotation?.status ?? 'open';
}

/**
 * Every current finding in the order given, then every annotated finding that no longer occurs
 * (已修正), in the order they were annotated.
 */
export function reviewItems(findings: readonly Finding[], review: Review): ReviewItem[] {
  const annotations = new Map(review.annotations.map((a) => [findingKey(a), a]));
  const current = findings.map((finding) => {
    const key = findingKey(finding);
    const annotation = annotations.get(key);
    return { key, finding, annotation, status: statusOf(finding, annotation) };
  });
  const seen = new Set(current.map((item) => item.key));
  const fixed = review.annotations
    .filter((annotation) => !seen.has(findingKey(annotation)))
    .map((annotation) => ({
      key: findingKey(annotation),
      finding: undefined,
      annotation,
      status: 'fixed' as const,
    }));
  return [...current, ...fixed];
}
