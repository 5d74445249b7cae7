// Moments in a review (a comment, 定稿, 重新打开) as a person in China reads them: Beijing time,
// to the minute. Computed from the stored ISO text alone, so the CLI on a server set to UTC and
// the app in a browser set to anywhere print the same time, and nothing depends on the host's
// time-zone data. China has kept UTC+8 all year since 1991, so a fixed offset is exact.

const beijingOffsetMinutes = 8 * 60;

// What the schema stores (seconds and a ±HH:MM or Z offset), read a little more loosely so an
// older or hand-edited file still prints a time rather than its raw text.
const isoMoment =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(?:([Zz])|([+-])(\d{2}):?(\d{2}))$/;

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * `2025-01-09T10:30:00Z` → `2025-01-09 18:30` (Beijing time). Seconds are dropped, not rounded,
 * as a clock shows them. Text that is not an ISO moment is returned unchanged: a print must not
 * fail on one odd time stamp.
 */
export function formatMoment(iso: string): string {
  const match = isoMoment.exec(iso.trim());
  if (!match) return iso;
  // The pattern matched, so the five fields are digits; the defaults only satisfy the type.
  const [year = 0, month = 0, day = 0, hour = 0, minute = 0] = match.slice(1, 6).map(Number);
  const [, , , , , , zulu, sign, offsetHours, offsetMinutes] = match;
  // Date.UTC is plain calendar arithmetic (no zone involved), but it would roll 2025-13-45 over
  // into 2026; reading the fields back tells a real moment from such text.
  const stated = new Date(Date.UTC(year, month - 1, day, hour, minute));
  const isReal =
    stated.getUTCFullYear() === year &&
    stated.getUTCMonth() === month - 1 &&
    stated.getUTCDate() === day &&
    stated.getUTCHours() === hour &&
    stated.getUTCMinutes() === minute;
  if (!isReal) return iso;
  const offset = zulu
    ? 0
    : (sign === '-' ? -1 : 1) * (Number(offsetHours) * 60 + Number(offsetMinutes));
  const beijing = new Date(stated.getTime() + (beijingOffsetMinutes - offset) * 60_000);
  return (
    `${beijing.getUTCFullYear()}-${pad(beijing.getUTCMonth() + 1)}-${pad(beijing.getUTCDate())} ` +
    `${pad(beijing.getUTCHours())}:${pad(beijing.getUTCMinutes())}`
  );
}
