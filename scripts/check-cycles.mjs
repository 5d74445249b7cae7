// `npm run lint` part two: no import cycles anywhere in the tree, type-only imports included (a
// cycle through a type still ties two files' meaning together). eslint-plugin-import-x is not
// installed; the TypeScript compiler's own import scanner reads each file, and Tarjan's algorithm
// (iterative, so deep chains cannot overflow the stack) finds every strongly connected component.

import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import process from 'node:process';
import ts from 'typescript';

const root = resolve(dirname(new URL(import.meta.url).pathname), '..');
const folders = ['src', 'e2e', 'scripts'];
const sourceFile = /\.(?:ts|tsx|mts|mjs)$/;

function listFiles(folder) {
  const files = [];
  const pending = [folder];
  while (pending.length > 0) {
    const current = pending.pop();
    for (const name of readdirSync(current)) {
      const path = join(current, name);
      if (statSync(path).isDirectory()) pending.push(path);
      else if (sourceFile.test(name) && !name.endsWith('.d.ts') && !name.endsWith('.d.mts'))
        files.push(path);
    }
  }
  return files;
}

/** A relative specifier → the file it names, as the bundler would find it. */
function resolveImport(from, specifier) {
  if (!specifier.startsWith('.')) return undefined;
  const base = resolve(dirname(from), specifier);
  const candidates = [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')];
  return candidates.find((path) => existsSync(path) && statSync(path).isFile());
}

const files = folders
  .filter((folder) => existsSync(join(root, folder)))
  .flatMap((folder) => listFiles(join(root, folder)));
const edges = new Map();
for (const file of files) {
  const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
  const targets = importedFiles
    .map((imported) => resolveImport(file, imported.fileName))
    .filter((target) => target !== undefined && target !== file);
  edges.set(file, [...new Set(targets)]);
}

/** Tarjan's strongly connected components, with an explicit stack. */
function findCycles() {
  const index = new Map();
  const lowLink = new Map();
  const onStack = new Set();
  const stack = [];
  const cycles = [];
  let counter = 0;
  for (const start of edges.keys()) {
    if (index.has(start)) continue;
    const work = [{ node: start, next: 0 }];
    index.set(start, counter);
    lowLink.set(start, counter++);
    stack.push(start);
    onStack.add(start);
    while (work.length > 0) {
      const frame = work[work.length - 1];
      const targets = edges.get(frame.node) ?? [];
      if (frame.next < targets.length) {
        const target = targets[frame.next++];
        if (!index.has(target)) {
          index.set(target, counter);
          lowLink.set(target, counter++);
          stack.push(target);
          onStack.add(target);
          work.push({ node: target, next: 0 });
        } else if (onStack.has(target)) {
          lowLink.set(frame.node, Math.min(lowLink.get(frame.node), index.get(target)));
        }
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent)
        lowLink.set(parent.node, Math.min(lowLink.get(parent.node), lowLink.get(frame.node)));
      if (lowLink.get(frame.node) !== index.get(frame.node)) continue;
      const component = [];
      let member;
      do {
        member = stack.pop();
        onStack.delete(member);
        component.push(member);
      } while (member !== frame.node);
      if (component.length > 1) cycles.push(component);
    }
  }
  return cycles;
}

const cycles = findCycles();
if (cycles.length === 0) {
  console.log(`check-cycles: no import cycles in ${files.length} files`);
} else {
  for (const cycle of cycles) {
    const names = cycle.map((file) => relative(root, file)).sort();
    console.error(`Import cycle among ${names.length} files:\n  ${names.join('\n  ')}`);
  }
  process.exitCode = 1;
}
