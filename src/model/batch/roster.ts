// 名单核对: the agencies a 政务公开办 expects against the reports it received — who is missing,
// who sent more than one, and names that nearly match (a typo, a missing 人民, a full-width space).

/** The name as compared: no spaces, brackets or punctuation, full-width letters made half-width. */
export function agencyKey(name: string): string {
  return name
    .normalize('NFKC')
    .replace(/[\s\p{P}\p{S}]/gu, '')
    .toLowerCase();
}

/** Reads a roster: one agency a line; blank lines, numbering and trailing notes are dropped. */
export function parseRoster(text: string): string[] {
  const names: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    const name = line
      .replace(/^\s*(?:\d+|[一二三四五六七八九十]+)[.、．)）\s]+/, '')
      .split('\t')[0]
      ?.trim();
    if (name) names.push(name);
  }
  return names;
}

/** Edit distance, given up on once it passes `limit` (names are short; the roster is not). */
function distanceWithin(a: string, b: string, limit: number): number | undefined {
  if (Math.abs(a.length - b.length) > limit) return undefined;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + cost,
      );
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > limit) return undefined;
    previous = current;
  }
  const distance = previous[b.length] ?? limit + 1;
  return distance <= limit ? distance : undefined;
}

/** Near enough to ask about: one name inside the other, or a slip of a character or two. */
export function nearlyMatches(a: string, b: string): boolean {
  const [x, y] = [agencyKey(a), agencyKey(b)];
  if (x === y || x.length === 0 || y.length === 0) return false;
  if (x.length >= 4 && y.length >= 4 && (x.includes(y) || y.includes(x))) return true;
  return distanceWithin(x, y, x.length >= 8 ? 2 : 1) !== undefined;
}

export interface RosterCheck {
  /** Expected agencies with a report, each with the names of the reports matched to it. */
  readonly received: readonly { readonly expected: string; readonly reports: readonly string[] }[];
  /** Expected agencies with no report, each with reports whose names nearly match it. */
  readonly missing: readonly { readonly expected: string; readonly nearly: readonly string[] }[];
  /** Expected agencies with more than one report. */
  readonly duplicates: readonly {
    readonly expected: string;
    readonly reports: readonly string[];
  }[];
  /** Reports whose agency is not on the roster, each with roster names that nearly match it. */
  readonly unexpected: readonly { readonly report: string; readonly nearly: readonly string[] }[];
}

export function checkRoster(expected: readonly string[], reported: readonly string[]): RosterCheck {
  const byKey = new Map<string, string[]>();
  for (const name of reported) {
    const key = agencyKey(name);
    const list = byKey.get(key);
    if (list) list.push(name);
    else byKey.set(key, [name]);
  }
  const expectedKeys = new Set(expected.map(agencyKey));
  const received = [];
  const missing = [];
  const duplicates = [];
  for (const name of new Set(expected)) {
    const reports = byKey.get(agencyKey(name)) ?? [];
    if (reports.length === 0) {
      const nearly = reported.filter(
        (r) => !expectedKeys.has(agencyKey(r)) && nearlyMatches(name, r),
      );
      missing.push({ expected: name, nearly });
      continue;
    }
    received.push({ expected: name, reports });
    if (reports.length > 1) duplicates.push({ expected: name, reports });
  }
  const unexpected = reported
    .filter((r) => !expectedKeys.has(agencyKey(r)))
    .map((report) => ({ report, nearly: expected.filter((e) => nearlyMatches(e, report)) }));
  return { received, missing, duplicates, unexpected };
}
