// A labelled field: the label (and a mark when findings name the field), the control, its input
// error, and the findings about it. The control is rendered by the caller with the id and ARIA
// attributes this component works out, so any input, select or textarea fits.

import type { ReactNode } from 'react';
import { severityLabels } from '../../model/rules/finding.ts';
import { useEditor } from '../state/storeContext.tsx';
import { fieldNotesOf, groupNotesOf, severityIcons, type Note } from './fieldNotes.ts';
import { fieldId, type FieldGroup } from './fieldPlaces.ts';

export interface ControlProps {
  readonly id: string;
  readonly 'aria-invalid': true | undefined;
  readonly 'aria-describedby': string | undefined;
}

interface FieldProps {
  /** The address findings use for this field, e.g. "s1.summary"; the control's id derives from it. */
  readonly place: string;
  readonly label: string;
  readonly group?: FieldGroup;
  readonly hint?: string;
  /** Why the text typed is not a valid value; it stays in the control, uncommitted. */
  readonly error?: string;
  /** Ids of further descriptions, such as section 一's live length. */
  readonly describedBy?: string;
  /** Shows the label as the section's heading, for sections that are one field. */
  readonly headingId?: string;
  readonly children: (control: ControlProps) => ReactNode;
}

export function Field(props: FieldProps) {
  const { place, label, group, hint, error, describedBy, headingId, children } = props;
  const id = fieldId(place);
  const findings = useEditor((snapshot) => snapshot.derived.findingsByPlace.get(place));
  const notes = fieldNotesOf(findings, group);
  const ids = {
    error: error ? `${id}-error` : undefined,
    hint: hint ? `${id}-hint` : undefined,
    notes: notes.own.length > 0 ? `${id}-notes` : undefined,
    group: notes.isInGroupNotes ? group?.notesId : undefined,
  };
  const described = [ids.error, ids.hint, ids.notes, ids.group, describedBy].filter(Boolean);

  const labelElement = <label htmlFor={id}>{label}</label>;
  const classes = ['form-field'];
  if (error) classes.push('has-error');
  if (notes.worst) classes.push(`has-${notes.worst}`);

  return (
    <div className={classes.join(' ')}>
      <div className="form-label-row">
        {headingId ? (
          <h2 id={headingId} className="form-heading">
            {labelElement}
          </h2>
        ) : (
          labelElement
        )}
        {notes.worst ? (
          // The messages reach assistive technology through aria-describedby.
          <span className={`form-mark form-mark-${notes.worst}`} aria-hidden="true">
            {severityIcons[notes.worst]} {severityLabels[notes.worst]}
          </span>
        ) : null}
      </div>
      {hint ? (
        <p id={ids.hint} className="form-hint">
          {hint}
        </p>
      ) : null}
      {children({
        id,
        'aria-invalid': error ? true : undefined,
        'aria-describedby': described.length > 0 ? described.join(' ') : undefined,
      })}
      {error ? (
        <p id={ids.error} className="form-error">
          <span aria-hidden="true">{severityIcons.error}</span> {error}
        </p>
      ) : null}
      {ids.notes ? <NoteList id={ids.notes} notes={notes.own} /> : null}
    </div>
  );
}

/** Findings naming several fields of a group, listed once where the group begins. */
export function GroupNotes({ group }: { readonly group: FieldGroup }) {
  const findings = useEditor((snapshot) => snapshot.derived.findings);
  const notes = groupNotesOf(findings, group);
  return notes.length > 0 ? <NoteList id={group.notesId} notes={notes} /> : null;
}

function NoteList({ id, notes }: { readonly id: string; readonly notes: readonly Note[] }) {
  return (
    <ul id={id} className="form-notes">
      {notes.map((note, index) => (
        // Derived afresh from the findings on every change, never reordered in place.
        <li key={index} className={`form-note form-note-${note.severity}`}>
          <span aria-hidden="true">{severityIcons[note.severity]}</span>{' '}
          {severityLabels[note.severity]}：{note.message}
        </li>
      ))}
    </ul>
  );
}
