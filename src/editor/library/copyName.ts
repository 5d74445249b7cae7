// The name a copy gets in the library: 「…（副本）」, then 「…（副本2）」… when that is taken, so
// two rows never look the same. A copy of a copy counts on from the original's name.

const copyMark = /（副本\d*）$/u;

export function copyName(name: string, taken: readonly string[]): string {
  const base = name.replace(copyMark, '');
  const names = new Set(taken);
  for (let n = 1; ; n += 1) {
    const candidate = `${base}（副本${n === 1 ? '' : n}）`;
    if (!names.has(candidate)) return candidate;
  }
}
