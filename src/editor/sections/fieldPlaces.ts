// The places a finding can name in the forms (README "Cell addresses"), and the DOM ids findings
// jump to: a field's id is its address prefixed with "field-".

import { overviewParts } from '../../model/form/sections.ts';
import type { Header } from '../../model/report.ts';

/** The header's fields in the order the form shows them. */
export const headerFields = [
  'agencyName',
  'year',
  'category',
  'publishDate',
] as const satisfies readonly (keyof Header)[];

export type HeaderField = (typeof headerFields)[number];

/** Fields shown together; a finding naming two or more of them is shown once for the group. */
export interface FieldGroup {
  /** Id of the element listing the group's shared findings. */
  readonly notesId: string;
  readonly places: readonly string[];
}

export const headerGroup: FieldGroup = {
  notesId: 'notes-header',
  places: headerFields.map((field) => `header.${field}`),
};

export const overviewGroup: FieldGroup = {
  notesId: 'notes-s1',
  places: overviewParts.map((part) => `s1.${part.id}`),
};

export const otherMattersGroup: FieldGroup = {
  notesId: 'notes-s6',
  places: ['s6.processingFee', 's6.text'],
};

/** The id findings jump to for a place, e.g. "field-s6.processingFee". */
export function fieldId(place: string): string {
  return `field-${place}`;
}
