// What a field shows about the findings that name it. A finding naming one field is shown under
// that field; one naming several fields of a group (section 一 too long, header fields missing) is
// shown once for the group, and each field it names carries a mark pointing there.

import type { Finding, Severity } from '../../model/rules/finding.ts';
import type { FieldGroup } from './fieldPlaces.ts';

export interface Note {
  readonly severity: Severity;
  readonly message: string;
}

export interface FieldNotes {
  /** Findings about this field alone (within its group), listed under it. */
  readonly own: readonly Note[];
  /** Whether a finding shown with the group names this field too. */
  readonly isInGroupNotes: boolean;
  /** The most serious severity of every finding naming the field, for its mark. */
  readonly worst: Severity | undefined;
}

/** An icon beside the severity's name, so a mark never relies on colour alone. */
export const severityIcons: Readonly<Record<Severity, string>> = {
  error: '✕',
  warning: '▲',
  info: 'ⓘ',
};

const severityRank: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

export function worstSeverity(severities: Iterable<Severity>): Severity | undefined {
  let worst: Severity | undefined;
  for (const severity of severities) {
    if (worst === undefined || severityRank[severity] < severityRank[worst]) worst = severity;
  }
  return worst;
}

function isGroupFinding(finding: Finding, places: readonly string[]): boolean {
  return finding.cells.filter((cell) => places.includes(cell)).length >= 2;
}

function noteOf({ severity, message }: Finding): Note {
  return { severity, message };
}

/** The findings naming `place` (as findingsByPlace holds them), split for display. */
export function fieldNotesOf(
  findings: readonly Finding[] | undefined,
  group: FieldGroup | undefined,
): FieldNotes {
  const all = findings ?? [];
  const places = group?.places ?? [];
  return {
    own: all.filter((finding) => !isGroupFinding(finding, places)).map(noteOf),
    isInGroupNotes: all.some((finding) => isGroupFinding(finding, places)),
    worst: worstSeverity(all.map((finding) => finding.severity)),
  };
}

/** Findings naming two or more fields of the group, each listed once. */
export function groupNotesOf(findings: readonly Finding[], group: FieldGroup): Note[] {
  return findings.filter((finding) => isGroupFinding(finding, group.places)).map(noteOf);
}
