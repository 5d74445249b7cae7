// The library as the home view shows it: every readable report with its findings counted (against
// last year's report where it was started from one), what had to be set aside, and storage failures.

import { useCallback, useEffect, useState } from 'react';
import { checkReport } from '../../model/check.ts';
import {
  describeStorageFailure,
  type LibraryEntry,
  listen,
  listReports,
  type NewerRecord,
  type Quarantined,
} from '../../storage/index.ts';

export interface LibraryItem extends LibraryEntry {
  readonly errors: number;
  readonly warnings: number;
  readonly prior: LibraryEntry | undefined;
}

export type LibraryState =
  | { readonly status: 'loading' }
  | { readonly status: 'failed'; readonly message: string }
  | {
      readonly status: 'ready';
      readonly items: readonly LibraryItem[];
      readonly trash: readonly LibraryItem[];
      readonly newer: readonly NewerRecord[];
      readonly quarantined: readonly Quarantined[];
    };

function summarise(entries: readonly LibraryEntry[]): LibraryItem[] {
  const byId = new Map(entries.map((entry) => [entry.meta.id, entry]));
  return entries.map((entry) => {
    const prior = entry.meta.priorId ? byId.get(entry.meta.priorId) : undefined;
    const findings = checkReport(entry.report, { prior: prior?.report });
    const count = (severity: string) => findings.filter((f) => f.severity === severity).length;
    return { ...entry, errors: count('error'), warnings: count('warning'), prior };
  });
}

const newestFirst = (a: LibraryItem, b: LibraryItem) =>
  b.report.header.year - a.report.header.year || b.meta.updatedAt - a.meta.updatedAt;

export function useLibrary(): { readonly state: LibraryState; readonly refresh: () => void } {
  const [state, setState] = useState<LibraryState>({ status: 'loading' });

  const refresh = useCallback(() => {
    listReports().then(
      ({ entries, newer, quarantined }) => {
        const items = summarise(entries).sort(newestFirst);
        setState({
          status: 'ready',
          items: items.filter((item) => item.meta.deletedAt === null),
          trash: items.filter((item) => item.meta.deletedAt !== null),
          newer,
          quarantined,
        });
      },
      (error: unknown) => setState({ status: 'failed', message: describeStorageFailure(error) }),
    );
  }, []);

  // Other tabs (and this tab's import) announce what they wrote; the list follows.
  useEffect(() => {
    refresh();
    return listen(refresh);
  }, [refresh]);

  return { state, refresh };
}
