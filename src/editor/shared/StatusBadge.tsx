// A finding's review status as a small coloured label, wherever a finding is shown.

import { statusLabels, type ReviewStatus } from '../../model/review/schema.ts';

export function StatusBadge({ status }: { readonly status: ReviewStatus }) {
  return <span className={`review-status status-${status}`}>{statusLabels[status]}</span>;
}
