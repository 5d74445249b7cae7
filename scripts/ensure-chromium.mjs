// Makes sure the e2e tests have a Chromium to launch, installing Debian's package when we are root.
// Usage: node scripts/ensure-chromium.mjs   (npm test and npm run test:e2e run it first)

import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import process from 'node:process';
import {
  chromiumPathVariables,
  findChromium,
  listChromiumCandidates,
} from '../src/cli/chromiumPath.mjs';

function run(command, args) {
  console.log(`$ ${[command, ...args].join(' ')}`);
  return spawnSync(command, args, { stdio: 'inherit' }).status === 0;
}

for (const name of chromiumPathVariables) {
  const path = process.env[name];
  if (path && !existsSync(path))
    console.warn(`warning: $${name}=${path} does not exist; ignoring it`);
}

let found = findChromium();
if (!found) {
  const canUseApt = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
  if (canUseApt) {
    console.log('No Chromium found; installing the Debian package.');
    if (run('apt-get', ['update']) && run('apt-get', ['install', '-y', 'chromium'])) {
      found = findChromium();
    }
  } else {
    console.log('No Chromium found; trying Playwright’s own download.');
    if (run('npx', ['playwright', 'install', 'chromium'])) found = findChromium();
  }
}

if (found) {
  console.log(`Chromium for e2e tests: ${found.path} (${found.source})`);
} else {
  const looked = listChromiumCandidates()
    .map((candidate) => `  ${candidate.path} (${candidate.source})`)
    .join('\n');
  console.error(
    [
      'No Chromium found for the e2e tests. Looked in:',
      looked,
      'Install one with:  sudo apt-get install -y chromium',
      'or point to one:   NIANBAO_CHROMIUM=/path/to/chrome npm test',
    ].join('\n'),
  );
  process.exit(1);
}
