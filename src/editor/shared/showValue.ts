// A cell's value as text: blank (and a total with nothing to add) shows nothing.

import type { CellValue } from '../../model/values.ts';

export function showValue(value: CellValue | number | null | undefined): string {
  return value === null || value === undefined ? '' : String(value);
}
