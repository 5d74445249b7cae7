// The review of a report: what the filler and the reviewer said about each finding, and whether
// the report is 定稿. It travels inside the report file, so a reviewer in another office sees the
// same statuses and threads.

import { z } from 'zod/mini';

/**
 * Statuses a person sets. 已修正 is not among them: a finding that no longer occurs is fixed by
 * definition, so it is derived (status.ts) and can never disagree with the figures.
 */
export const setStatuses = ['open', 'explained', 'accepted', 'rejected'] as const;
export const reviewStatuses = [...setStatuses, 'fixed'] as const;

export type SetStatus = (typeof setStatuses)[number];
export type ReviewStatus = (typeof reviewStatuses)[number];

export const statusLabels: Readonly<Record<ReviewStatus, string>> = {
  open: '待处理',
  fixed: '已修正',
  explained: '已说明',
  accepted: '已确认',
  rejected: '已驳回',
};

const personSchema = z.string().check(z.trim(), z.minLength(1, { error: '应填写姓名' }));
const momentSchema = z.iso.datetime({ offset: true, error: '应为时间，形如 2025-01-20T09:30:00Z' });

export const commentSchema = z.object({
  author: personSchema,
  at: momentSchema,
  text: z.string(),
  /** The status this comment set, when it came with one (an explanation, a rejection …). */
  status: z.optional(z.enum(setStatuses)),
});

export const annotationSchema = z.object({
  /**
   * Any rule id, not only today's: a file outlives the rule list that wrote it, and an annotation
   * of a retired or renamed rule is kept and shown as such (rules/retired.ts).
   */
  rule: z.string().check(z.minLength(1, { error: '应为规则编号' })),
  /** The finding's places, sorted: with the rule, what identifies a finding across edits. */
  cells: z.array(z.string()),
  status: z.enum(setStatuses),
  comments: z.array(commentSchema),
  /** The finding's message when the annotation was last touched, to show once it is fixed. */
  message: z.string(),
});

export const stampSchema = z.object({ by: personSchema, at: momentSchema });

export const historyEntrySchema = z.discriminatedUnion('kind', [
  z.extend(stampSchema, { kind: z.literal('finalised') }),
  z.extend(stampSchema, {
    kind: z.literal('reopened'),
    reason: z.string().check(z.trim(), z.minLength(1, { error: '应写明原因' })),
  }),
]);

export const reviewSchema = z.object({
  annotations: z.array(annotationSchema),
  /** Set while the report is 定稿: who finalised it and when. The report is then read-only. */
  finalised: z.nullable(stampSchema),
  /** Every 定稿 and 重新打开, oldest first. */
  history: z.array(historyEntrySchema),
});

export type Review = z.infer<typeof reviewSchema>;
export type Annotation = z.infer<typeof annotationSchema>;
export type Comment = z.infer<typeof commentSchema>;
export type Stamp = z.infer<typeof stampSchema>;
export type HistoryEntry = z.infer<typeof historyEntrySchema>;

export const emptyReview: Review = { annotations: [], finalised: null, history: [] };
