import { describe, expect, it } from 'vitest';
import { formatMoment } from './time.ts';

describe('formatMoment', () => {
  it.each([
    ['2025-01-09T10:30:00Z', '2025-01-09 18:30'],
    ['2025-01-09T10:30:00.000Z', '2025-01-09 18:30'],
    ['2025-01-09T18:30:00+08:00', '2025-01-09 18:30'],
    ['2025-01-09T05:30:00-05:00', '2025-01-09 18:30'],
    ['2025-01-09T10:30:59.999Z', '2025-01-09 18:30'],
    ['2025-01-09T00:05:00+05:45', '2025-01-09 02:20'],
  ])('shows %s in Beijing time as %s', (iso, shown) => {
    expect(formatMoment(iso)).toBe(shown);
  });

  it.each([
    ['2024-12-31T16:00:00Z', '2025-01-01 00:00'],
    ['2024-02-28T20:00:00Z', '2024-02-29 04:00'],
    ['2025-02-28T20:00:00Z', '2025-03-01 04:00'],
    ['2025-01-01T07:59:00+08:00', '2025-01-01 07:59'],
  ])('carries the eight hours across days, months, years and leap days: %s', (iso, shown) => {
    expect(formatMoment(iso)).toBe(shown);
  });

  it('is the same in summer and winter: China keeps no daylight saving time', () => {
    expect(formatMoment('2025-07-01T00:00:00Z')).toBe('2025-07-01 08:00');
    expect(formatMoment('2025-12-01T00:00:00Z')).toBe('2025-12-01 08:00');
  });

  it('agrees with a time zone database wherever one is at hand', () => {
    const iso = '2025-06-15T23:45:12.345Z';
    const shanghai = new Intl.DateTimeFormat('sv-SE', {
      timeZone: 'Asia/Shanghai',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    }).format(new Date(iso));
    expect(formatMoment(iso)).toBe(shanghai);
  });

  it.each(['', '昨天', '2025-01-09', '2025-13-45T99:99:00Z'])(
    'returns text that is not a moment unchanged: %j',
    (text) => {
      expect(formatMoment(text)).toBe(text);
    },
  );
});
