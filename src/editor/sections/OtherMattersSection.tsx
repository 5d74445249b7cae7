// 六、其他需要报告的事项: the 信息处理费 30号文 asks to be reported here, free text, and the items a
// local 政务公开工作要点 asks for, which the user names and fills in.

import { useRef, type ChangeEvent } from 'react';
import { useFieldArray, useFormState, useWatch, type UseFormReturn } from 'react-hook-form';
import { processingFeeLabel, sectionHeadings } from '../../model/form/sections.ts';
import { Field, GroupNotes } from './Field.tsx';
import { otherMattersGroup } from './fieldPlaces.ts';
import { NarrativeTextarea } from './NarrativeTextarea.tsx';
import {
  blankItem,
  otherMattersToFormValues,
  readFeeInput,
  withItemAdded,
  withItemRemoved,
  withItemText,
  type ItemField,
  type OtherMattersFormValues,
} from './otherMattersValues.ts';
import { useReportForm, type ReportForm } from './useReportForm.ts';

type Form = UseFormReturn<OtherMattersFormValues>;
type Commit = ReportForm<'otherMatters', OtherMattersFormValues, OtherMattersFormValues>['commit'];
type TextEvent = ChangeEvent<HTMLInputElement | HTMLTextAreaElement>;

export function OtherMattersSection() {
  const { form, commit, isReadOnly } = useReportForm('otherMatters', otherMattersToFormValues);
  const { fields, append, remove } = useFieldArray({ control: form.control, name: 'items' });
  const addButton = useRef<HTMLButtonElement>(null);

  const addItem = () => {
    commit('添加事项', undefined, withItemAdded);
    append(blankItem); // and focuses the new item's title
  };
  const removeItem = (index: number) => {
    commit('删除事项', undefined, (otherMatters) => withItemRemoved(otherMatters, index));
    remove(index);
    // The button pressed is gone; keep the keyboard in the section.
    addButton.current?.focus();
  };

  return (
    <section className="form-section" aria-labelledby="section-s6">
      <h2 id="section-s6" className="form-heading">
        {sectionHeadings.s6}
      </h2>
      <GroupNotes group={otherMattersGroup} />
      <FeeField form={form} commit={commit} isReadOnly={isReadOnly} />
      <Field place="s6.text" label="正文" group={otherMattersGroup}>
        {(control) => (
          <NarrativeTextarea
            place="s6.text"
            control={control}
            registration={form.register('text', {
              onChange: (event: TextEvent) =>
                commit(`修改${sectionHeadings.s6}`, 's6.text', (otherMatters) => ({
                  ...otherMatters,
                  text: event.target.value,
                })),
            })}
            rows={4}
            isReadOnly={isReadOnly}
          />
        )}
      </Field>
      <div className="form-items">
        <h3 className="form-subheading">地方要求报告的事项</h3>
        <p className="form-hint">
          其他有关文件专门要求通过年度报告予以报告的事项，如“人大代表建议和政协提案办理结果公开情况”。没有可不添加。
        </p>
        {fields.map((item, index) => (
          <ItemRow
            key={item.id}
            index={index}
            form={form}
            commit={commit}
            isReadOnly={isReadOnly}
            onRemove={() => removeItem(index)}
          />
        ))}
        <button
          ref={addButton}
          type="button"
          className="form-button"
          disabled={isReadOnly}
          onClick={addItem}
        >
          添加事项
        </button>
      </div>
    </section>
  );
}

interface FeeFieldProps {
  readonly form: Form;
  readonly commit: Commit;
  readonly isReadOnly: boolean;
}

/** 信息处理费 in 元: 0 when none was collected, blank while not stated. */
function FeeField({ form, commit, isReadOnly }: FeeFieldProps) {
  // Only this field re-renders when its message comes or goes.
  const { errors } = useFormState({ control: form.control, name: 'processingFee' });
  return (
    <Field
      place="s6.processingFee"
      label={`${processingFeeLabel}（单位：元）`}
      group={otherMattersGroup}
      hint="未收取填 0；不填表示尚未说明。"
      error={errors.processingFee?.message}
    >
      {(control) => (
        <div className="form-input-unit">
          <input
            {...control}
            {...form.register('processingFee', {
              validate: (text) => {
                const reading = readFeeInput(text);
                return reading.ok || reading.message;
              },
              onChange: (event: TextEvent) =>
                commit(`修改${processingFeeLabel}`, 's6.processingFee', (otherMatters) => {
                  const reading = readFeeInput(event.target.value);
                  // Invalid text stays in the input with its message; the report keeps its value.
                  return reading.ok && reading.value !== otherMatters.processingFee
                    ? { ...otherMatters, processingFee: reading.value }
                    : otherMatters;
                }),
            })}
            readOnly={isReadOnly}
            className="form-input form-input-short"
            inputMode="decimal"
            autoComplete="off"
          />
          <span aria-hidden="true">元</span>
        </div>
      )}
    </Field>
  );
}

interface ItemRowProps {
  readonly index: number;
  readonly form: Form;
  readonly commit: Commit;
  readonly isReadOnly: boolean;
  readonly onRemove: () => void;
}

function ItemRow({ index, form, commit, isReadOnly, onRemove }: ItemRowProps) {
  // Undefined for a moment while a removed row unmounts.
  const title: string | undefined = useWatch({
    control: form.control,
    name: `items.${index}.title`,
  });
  const ordinal = `第 ${index + 1} 项`;
  const register = (field: ItemField) =>
    form.register(`items.${index}.${field}`, {
      onChange: (event: TextEvent) =>
        commit(
          `修改${sectionHeadings.s6}·${ordinal}`,
          `s6.items.${index}.${field}`,
          (otherMatters) => withItemText(otherMatters, index, field, event.target.value),
        ),
    });

  return (
    <div className="form-item">
      <Field place={`s6.items.${index}.title`} label={`${ordinal}·标题`}>
        {(control) => (
          <input
            {...control}
            {...register('title')}
            readOnly={isReadOnly}
            className="form-input"
            autoComplete="off"
          />
        )}
      </Field>
      <Field place={`s6.items.${index}.text`} label={`${ordinal}·内容`}>
        {(control) => (
          <NarrativeTextarea
            place={`s6.items.${index}.text`}
            control={control}
            registration={register('text')}
            rows={3}
            isReadOnly={isReadOnly}
          />
        )}
      </Field>
      <button
        type="button"
        className="form-button form-button-quiet"
        aria-label={`删除此事项：${title?.trim() || ordinal}`}
        disabled={isReadOnly}
        onClick={onRemove}
      >
        删除此事项
      </button>
    </div>
  );
}
