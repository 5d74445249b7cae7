// Makes sure the Firefox smoke tests have a Firefox ESR, installing Debian's firefox-esr when root.
// Usage: node scripts/ensure-firefox.mjs   (npm test runs it before scripts/e2e-firefox.mjs)

import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import process from 'node:process';
import { findFirefox } from './firefox-path.mjs';

function run(command, args) {
  console.log(`$ ${[command, ...args].join(' ')}`);
  return spawnSync(command, args, { stdio: 'inherit' }).status === 0;
}

let found = findFirefox();
if (!found && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
  console.log('No Firefox ESR found; installing the Debian package.');
  if (run('apt-get', ['update']) && run('apt-get', ['install', '-y', 'firefox-esr'])) {
    found = findFirefox();
  }
}

if (found) {
  console.log(`Firefox for the smoke tests: ${found}`);
} else {
  console.error(
    [
      'No Firefox ESR found for the smoke tests.',
      'Install one with:  sudo apt-get install -y firefox-esr',
      'or point to one:   NIANBAO_FIREFOX=/path/to/firefox npm test',
    ].join('\n'),
  );
  process.exit(1);
}
