// 机关名称, 报告年度, 机关类别, 发布日期. A valid value is committed as it is typed; an invalid one
// stays in its input with a message and the report keeps its last valid value.

import { zodResolver } from '@hookform/resolvers/zod';
import type { ChangeEvent } from 'react';
import { agencyCategories, headerLabels } from '../../model/form/header.ts';
import { firstReportYear, lastReportYear } from '../../model/report.ts';
import { Field, GroupNotes } from './Field.tsx';
import { headerGroup, type HeaderField } from './fieldPlaces.ts';
import {
  headerFormSchema,
  headerToFormValues,
  headerWithInput,
  isSameHeader,
} from './headerValues.ts';
import { useReportForm } from './useReportForm.ts';

type InputEvent = ChangeEvent<HTMLInputElement | HTMLSelectElement>;

export function HeaderForm() {
  const { form, commit, isReadOnly } = useReportForm(
    'header',
    headerToFormValues,
    zodResolver(headerFormSchema),
  );
  const { errors } = form.formState;

  const registerField = (field: HeaderField) =>
    form.register(field, {
      onChange: (event: InputEvent) =>
        commit('修改报告头', `header.${field}`, (header) => {
          const reading = headerWithInput(header, field, event.target.value);
          // Invalid text is left to the resolver's message; the report keeps its value.
          return reading.ok && !isSameHeader(reading.value, header) ? reading.value : header;
        }),
    });

  return (
    <section className="form-section" aria-labelledby="section-header">
      <h2 id="section-header" className="form-heading">
        基本信息
      </h2>
      <GroupNotes group={headerGroup} />
      <Field
        place="header.agencyName"
        label={headerLabels.agencyName}
        group={headerGroup}
        error={errors.agencyName?.message}
      >
        {(control) => (
          <input
            {...control}
            {...registerField('agencyName')}
            readOnly={isReadOnly}
            className="form-input"
            autoComplete="organization"
          />
        )}
      </Field>
      <div className="form-row">
        <Field
          place="header.year"
          label={headerLabels.year}
          group={headerGroup}
          hint={`${firstReportYear}–${lastReportYear} 之间的四位数年份`}
          error={errors.year?.message}
        >
          {(control) => (
            // Text, not type="number": the input keeps exactly what was typed (even "20x4"),
            // takes full-width digits, and ignores the mouse wheel.
            <input
              {...control}
              {...registerField('year')}
              readOnly={isReadOnly}
              className="form-input form-input-short"
              inputMode="numeric"
              autoComplete="off"
            />
          )}
        </Field>
        <Field
          place="header.category"
          label={headerLabels.category}
          group={headerGroup}
          error={errors.category?.message}
        >
          {(control) => (
            <select
              {...control}
              {...registerField('category')}
              disabled={isReadOnly}
              className="form-input"
            >
              <option value="">请选择</option>
              {agencyCategories.map((category) => (
                <option key={category} value={category}>
                  {category}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field
          place="header.publishDate"
          label={headerLabels.publishDate}
          group={headerGroup}
          hint="如 2025年1月10日 或 2025-01-10"
          error={errors.publishDate?.message}
        >
          {(control) => (
            <input
              {...control}
              {...registerField('publishDate')}
              readOnly={isReadOnly}
              className="form-input form-input-short"
              placeholder="2025年1月10日"
              autoComplete="off"
            />
          )}
        </Field>
      </div>
    </section>
  );
}
