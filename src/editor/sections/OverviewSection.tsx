// 一、总体情况: the summary and the five parts 30号文 names, with the section's live length
// against "篇幅原则上不超过一千字".

import type { ChangeEvent } from 'react';
import { overviewParts, sectionHeadings } from '../../model/form/sections.ts';
import type { Overview } from '../../model/report.ts';
import { describeReportPath } from '../../model/places.ts';
import { useEditor } from '../state/storeContext.tsx';
import { Field, GroupNotes } from './Field.tsx';
import { overviewGroup } from './fieldPlaces.ts';
import { NarrativeTextarea } from './NarrativeTextarea.tsx';
import { countOverviewCharacters, describeOverviewLength } from './overviewLength.ts';
import { useReportForm } from './useReportForm.ts';

const lengthId = 's1-length';

const keepAsIs = (overview: Overview): Overview => overview;

export function OverviewSection() {
  const { form, commit, isReadOnly } = useReportForm('overview', keepAsIs);

  return (
    <section className="form-section" aria-labelledby="section-s1">
      <h2 id="section-s1" className="form-heading">
        {sectionHeadings.s1}
      </h2>
      <OverviewLength />
      <GroupNotes group={overviewGroup} />
      {overviewParts.map((part) => (
        <Field
          key={part.id}
          place={`s1.${part.id}`}
          label={part.label}
          group={overviewGroup}
          describedBy={lengthId}
        >
          {(control) => (
            <NarrativeTextarea
              place={`s1.${part.id}`}
              control={control}
              registration={form.register(part.id, {
                onChange: (event: ChangeEvent<HTMLTextAreaElement>) =>
                  commit(
                    `修改${describeReportPath(['overview', part.id])}`,
                    `s1.${part.id}`,
                    (overview) => ({
                      ...overview,
                      [part.id]: event.target.value,
                    }),
                  ),
              })}
              rows={part.id === 'summary' ? 3 : 5}
              isReadOnly={isReadOnly}
            />
          )}
        </Field>
      ))}
    </section>
  );
}

/**
 * Re-renders alone, and only when the count changes: the textareas are left untouched. It counts
 * the store's report, not the form's values, so a keystroke's count follows in the frame after its
 * character (decision 67), instead of re-rendering within the keystroke.
 */
function OverviewLength() {
  const count = useEditor((snapshot) => countOverviewCharacters(snapshot.report.overview));
  const status = describeOverviewLength(count);
  return (
    <div className={status.isOver ? 'form-length is-over' : 'form-length'}>
      <p id={lengthId} className="form-length-count">
        {status.text}
        {status.excess ? (
          <strong className="form-length-excess">
            {' '}
            <span aria-hidden="true">▲</span> {status.excess}
          </strong>
        ) : null}
      </p>
      {/* Always present, and its text changes only when the guideline is crossed. */}
      <p className="form-visually-hidden" aria-live="polite">
        {status.announcement}
      </p>
    </div>
  );
}
