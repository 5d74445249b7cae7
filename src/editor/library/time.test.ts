import { describe, expect, it } from 'vitest';
import { clockTime, dateTime } from './time.ts';

describe('times', () => {
  const moment = new Date(2025, 0, 5, 9, 3, 7).getTime();

  it('shows the save time with seconds, zero-padded', () => {
    expect(clockTime(moment)).toBe('09:03:07');
  });

  it('shows the last change with date and minutes', () => {
    expect(dateTime(moment)).toBe('2025-01-05 09:03');
  });
});
