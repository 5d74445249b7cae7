// What typing into a field gave: a value the report may hold, or why not, in Chinese.

import type { z } from 'zod/mini';

export type FieldReading<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly message: string };

export function readWith<S extends z.ZodMiniType>(
  schema: S,
  input: unknown,
): FieldReading<z.output<S>> {
  const result = schema.safeParse(input);
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, message: result.error.issues[0]?.message ?? '填写有误' };
}
