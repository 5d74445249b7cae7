// 导语: the optional opening paragraph before section 一, as published reports have it.

import type { ChangeEvent } from 'react';
import { Field } from './Field.tsx';
import { NarrativeTextarea } from './NarrativeTextarea.tsx';
import { useReportForm } from './useReportForm.ts';

const toFormValues = (preamble: string) => ({ preamble });

export function PreambleField() {
  const { form, commit, isReadOnly } = useReportForm('preamble', toFormValues);

  return (
    <div className="form-section form-preamble">
      <Field
        place="preamble"
        label="导语"
        hint="报告开头的一段话（可不填），如说明依据和数据统计期限。"
      >
        {(control) => (
          <NarrativeTextarea
            place="preamble"
            control={control}
            registration={form.register('preamble', {
              onChange: (event: ChangeEvent<HTMLTextAreaElement>) =>
                commit('修改导语', 'preamble', () => event.target.value),
            })}
            rows={3}
            isReadOnly={isReadOnly}
          />
        )}
      </Field>
    </div>
  );
}
