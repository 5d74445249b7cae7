// 五、存在的主要问题及改进情况: one text, labelled by the section's own heading.

import type { ChangeEvent } from 'react';
import { sectionHeadings } from '../../model/form/sections.ts';
import { Field } from './Field.tsx';
import { NarrativeTextarea } from './NarrativeTextarea.tsx';
import { useReportForm } from './useReportForm.ts';

const toFormValues = (problems: string) => ({ text: problems });

export function ProblemsSection() {
  const { form, commit, isReadOnly } = useReportForm('problems', toFormValues);

  return (
    // Not a labelled region: the heading already names the textarea, and one name for two
    // things would make "五、…" ambiguous to anyone finding the field by its label.
    <section className="form-section">
      <Field place="s5.text" label={sectionHeadings.s5} headingId="section-s5">
        {(control) => (
          <NarrativeTextarea
            place="s5.text"
            control={control}
            registration={form.register('text', {
              onChange: (event: ChangeEvent<HTMLTextAreaElement>) =>
                commit(`修改${sectionHeadings.s5}`, 's5.text', () => event.target.value),
            })}
            rows={6}
            isReadOnly={isReadOnly}
          />
        )}
      </Field>
    </section>
  );
}
