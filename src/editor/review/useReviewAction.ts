// Applying a review action from the UI: signed by the user, computed by the model from the review
// as it is now, stored outside the undo history. A refusal comes back as a sentence to show.

import { useCallback } from 'react';
import type { ReviewResult } from '../../model/review/actions.ts';
import type { Review, Stamp } from '../../model/review/schema.ts';
import { lockMessages } from '../state/reportStore.ts';
import { useStore } from '../state/storeContext.tsx';
import { useAuthor } from './AuthorProvider.tsx';

export type ReviewAction = (review: Review, stamp: Stamp) => ReviewResult;

/** Runs an action; `done` hears undefined when it was stored, or why it was not. */
export function useReviewAction() {
  const store = useStore();
  const { sign } = useAuthor();
  return useCallback(
    (action: ReviewAction, done: (problem: string | undefined) => void) =>
      sign((stamp) => {
        const result = action(store.getSnapshot().report.review, stamp);
        if (!result.ok) return done(result.message);
        done(store.setReview(result.review) ? undefined : lockMessages.elsewhere);
      }),
    [store, sign],
  );
}
