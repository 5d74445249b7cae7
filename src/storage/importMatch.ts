// Import never replaces a report silently: this finds the one the user must decide about.

import type { Report } from '../model/report.ts';
import type { LibraryEntry } from './library.ts';

/** A report in the library (not in 回收站) of the same agency and year, if any. */
export function findSameReport(
  entries: readonly LibraryEntry[],
  report: Report,
): LibraryEntry | undefined {
  const { agencyName, year } = report.header;
  return entries.find(
    (entry) =>
      entry.meta.deletedAt === null &&
      entry.report.header.year === year &&
      entry.report.header.agencyName.trim() === agencyName.trim(),
  );
}
