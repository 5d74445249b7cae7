// What a batch run found: each report's row, the files that could not be read, the roster's
// result and the 汇总. Output formats read it; the command builds it.

import type { BatchRow } from '../../model/batch/batch.ts';
import type { RosterCheck } from '../../model/batch/roster.ts';
import type { Rollup } from '../../model/batch/rollup.ts';
import type { Finding } from '../../model/rules/finding.ts';
import type { ReadEntries } from './readEntries.ts';

export interface BatchResult {
  readonly rows: readonly BatchRow[];
  readonly failures: ReadEntries['failures'];
  readonly roster: RosterCheck | undefined;
  readonly rollup:
    | { readonly area: Rollup; readonly findings: readonly Finding[]; readonly reports: number }
    | undefined;
}
