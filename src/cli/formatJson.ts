// Check results as JSON for scripts: one entry per file argument, in argument order. The shape is
// a promise to those scripts; change it only on purpose (fields are added, never renamed).

import type { Blocker } from '../model/review/finalise.ts';
import type { Annotation, ReviewStatus, Stamp } from '../model/review/schema.ts';
import type { FileResult } from './checkFiles.ts';
import type { FileReview } from './fileReview.ts';
import type { Failure } from './failure.ts';
import type { ListedFinding } from './fileReview.ts';

type JsonFinding = Pick<
  ListedFinding,
  'rule' | 'severity' | 'message' | 'cells' | 'left' | 'right'
> & {
  /** The review status (open, explained, accepted, rejected); null for an importer's note. */
  readonly status: ReviewStatus | null;
  /** The annotation as the file stores it (status, comments, message); null when there is none. */
  readonly annotation: Annotation | null;
};

interface JsonReview {
  /** Who finalised the report and when (ISO, as stored); null when it is not 定稿. */
  readonly finalised: Stamp | null;
  /** Annotated findings the check no longer reports: 已修正. */
  readonly fixed: readonly Annotation[];
}

/** Only with --final: whether 定稿 would be allowed, and what stands in its way. */
interface JsonFinalise {
  readonly allowed: boolean;
  readonly blockers: readonly (Pick<Blocker, 'status' | 'reason'> &
    Pick<ListedFinding, 'rule' | 'severity' | 'message' | 'cells'>)[];
}

type JsonFileResult =
  | {
      readonly file: string;
      readonly findings: readonly JsonFinding[];
      readonly review: JsonReview;
      readonly finalise?: JsonFinalise;
    }
  | { readonly file: string; readonly error: string; readonly findings: readonly [] };

export function formatResultsJson(results: readonly FileResult[]): string {
  return `${JSON.stringify(results.map(toJsonFileResult), null, 2)}\n`;
}

function toJsonFileResult(result: FileResult): JsonFileResult {
  if (!result.ok) {
    return { file: result.file, error: describeFailureInline(result.failure), findings: [] };
  }
  const { review } = result;
  return {
    file: result.file,
    findings: result.findings.map((finding) => toJsonFinding(finding, review)),
    review: { finalised: review.review.finalised, fixed: review.fixed },
    ...(review.blockers && { finalise: toJsonFinalise(review.blockers) }),
  };
}

function toJsonFinding(finding: ListedFinding, review: FileReview): JsonFinding {
  const { rule, severity, message, cells, left, right } = finding;
  const item = review.itemOf.get(finding);
  return {
    rule,
    severity,
    message,
    cells,
    left,
    right,
    // A 提示 carries no review status, as an importer's note carries none.
    status: severity === 'info' ? null : (item?.status ?? null),
    annotation: item?.annotation ?? null,
  };
}

function toJsonFinalise(blockers: readonly Blocker[]): JsonFinalise {
  return {
    allowed: blockers.length === 0,
    blockers: blockers.map(({ finding, status, reason }) => ({
      rule: finding.rule,
      severity: finding.severity,
      message: finding.message,
      cells: finding.cells,
      status,
      reason,
    })),
  };
}

function describeFailureInline({ summary, details }: Failure): string {
  return details.length === 0 ? `${summary}。` : `${summary}：${details.join('；')}`;
}
