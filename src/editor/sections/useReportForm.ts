// One form kept in step with one part of the report. The store is the source of truth: the form
// starts from the store's value, commits each valid edit as it is typed, and is reset to the
// store's value when undo, redo or opening a report replaced that part.

import { useEffect, useEffectEvent, useRef, useState } from 'react';
import {
  useForm,
  type DefaultValues,
  type FieldValues,
  type Resolver,
  type UseFormReturn,
} from 'react-hook-form';
import type { Report } from '../../model/report.ts';
import { fieldsChange, type FieldPart, type Fields } from '../state/change.ts';
import { useEditor, useStore } from '../state/storeContext.tsx';

type Update<P extends FieldPart> = (current: Report[P]) => Report[P];

export interface ReportForm<P extends FieldPart, V extends FieldValues, O> {
  readonly form: UseFormReturn<V, unknown, O>;
  /**
   * Commits `update` applied to the part as the store holds it now, so a value still invalid in
   * another field never travels along. Edits with the same merge key in quick succession (typing
   * in one field) become one undo step. An update returning the part itself commits nothing.
   */
  readonly commit: (label: string, mergeKey: string | undefined, update: Update<P>) => void;
  /**
   * Whether the report is locked (定稿, reviewer mode, another tab). The store refuses edits then
   * anyway; the controls say so by being read-only, and stay focusable for reading and copying.
   */
  readonly isReadOnly: boolean;
}

export function useReportForm<P extends FieldPart, V extends FieldValues, O = V>(
  part: P,
  toFormValues: (value: Report[P]) => V,
  resolver?: Resolver<V, unknown, O>,
): ReportForm<P, V, O> {
  const store = useStore();
  const externalRevision = useEditor((snapshot) => snapshot.externalRevision);
  const isReadOnly = useEditor((snapshot) => snapshot.lock !== undefined);
  const [initial] = useState(() => store.getSnapshot().report[part]);
  // The part as the form shows it: what it started from, last committed, or was reset to.
  const shown = useRef(initial);
  const form = useForm<V, unknown, O>({
    mode: 'onChange',
    resolver,
    // Complete values are certainly partial ones; TypeScript cannot see that through a generic V.
    defaultValues: toFormValues(initial) as DefaultValues<V>,
  });

  const showStoreValue = useEffectEvent((value: Report[P]) => {
    form.reset(toFormValues(value), { keepDefaultValues: false });
  });

  useEffect(() => {
    const current = store.getSnapshot().report[part];
    // Undoing something elsewhere (a grid cell) keeps this part as it was: leave the form alone,
    // so a value still being typed, even one not valid yet, is not wiped.
    if (current === shown.current) return;
    shown.current = current;
    showStoreValue(current);
  }, [externalRevision, store, part]);

  const commit = (label: string, mergeKey: string | undefined, update: Update<P>) => {
    const { report } = store.getSnapshot();
    const next = update(report[part]);
    if (next === report[part]) return;
    const after: Fields = {};
    after[part] = next;
    shown.current = next;
    // Edits with a merge key are typed; the others are buttons (添加事项, 删除事项).
    store.commit(fieldsChange(report, label, after, mergeKey), { isTyped: mergeKey !== undefined });
  };

  return { form, commit, isReadOnly };
}
