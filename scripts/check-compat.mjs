// The browser support target (package.json "browserslist": Chromium ≥ 109, Firefox ESR ≥ 115) and
// what would break it. The build downlevels syntax (vite.config.ts build.target); this checks what a
// build cannot: built-in APIs newer than the target used in app code, and CSS features newer than
// the target used without an @supports fallback in the same file. Not exhaustive: it lists the newer
// features we have used or been tempted by; add one when a review finds another.
// Usage: node scripts/check-compat.mjs   (exit code 1 and a list when something breaks the target)

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import process from 'node:process';

const targets = { chrome: 109, firefox: 115 };

/** API uses newer than the target: pattern, name, first Chromium / Firefox with it. */
const newerApis = [
  [/\bPromise\.withResolvers\b/, 'Promise.withResolvers', 119, 121],
  [/\b(Object|Map)\.groupBy\b/, 'Object/Map.groupBy', 117, 119],
  [/\bArray\.fromAsync\b/, 'Array.fromAsync', 121, 115],
  [
    /(?<!\bz)\.(union|intersection|symmetricDifference|isSubsetOf|isSupersetOf)\(/,
    'Set methods',
    122,
    127,
  ],
  [
    /\bIterator\.from\b|\.values\(\)\.(map|filter|take|drop|toArray)\(/,
    'iterator helpers',
    122,
    131,
  ],
  [/\bURL\.parse\(/, 'URL.parse', 126, 126],
  [/\bRegExp\.escape\b/, 'RegExp.escape', 136, 134],
  [/\/[^/\n]+\/[dgimsuy]*v[dgimsuy]*\b(?=[.,;)\s])/, 'RegExp v flag', 112, 116],
];

/** CSS newer than the target: pattern, name, the @supports condition that must guard a fallback. */
const newerCss = [
  [
    /\b(anchor-name|position-anchor|anchor-scope|position-try[\w-]*)\s*:|\banchor(-size)?\(/,
    'anchor positioning',
    '@supports not ((anchor-name',
  ],
];

const packageTargets = JSON.parse(readFileSync('package.json', 'utf8')).browserslist ?? [];
const viteConfig = readFileSync('vite.config.ts', 'utf8');
const problems = [];
for (const [browser, version] of Object.entries(targets)) {
  if (!packageTargets.includes(`${browser} >= ${version}`))
    problems.push(`package.json browserslist lacks "${browser} >= ${version}"`);
  if (!viteConfig.includes(`'${browser}${version}'`))
    problems.push(`vite.config.ts build.target lacks '${browser}${version}'`);
}

function* filesUnder(folder) {
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) yield* filesUnder(path);
    else yield path;
  }
}

// src/cli runs in Node only; tests run in Node or drive a browser from outside.
const inBrowser = (path) => !path.startsWith(join('src', 'cli')) && !/\.test\.tsx?$/.test(path);
for (const path of filesUnder('src')) {
  if (!inBrowser(path)) continue;
  const text = readFileSync(path, 'utf8');
  if (/\.tsx?$/.test(path)) {
    for (const [pattern, name, chrome, firefox] of newerApis) {
      if ((chrome > targets.chrome || firefox > targets.firefox) && pattern.test(text))
        problems.push(`${path}: ${name} needs Chromium ${chrome} / Firefox ${firefox}`);
    }
  } else if (path.endsWith('.css')) {
    for (const [pattern, name, guard] of newerCss) {
      if (pattern.test(text) && !text.includes(guard))
        problems.push(`${path}: ${name} without a fallback under ${guard} …)`);
    }
  }
}

if (problems.length > 0) {
  console.error(`Outside the browser support target:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(
  `Browser support target kept: Chromium ≥ ${targets.chrome}, Firefox ≥ ${targets.firefox}.`,
);
