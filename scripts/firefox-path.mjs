// Where the Firefox smoke tests find Firefox ESR: $NIANBAO_FIREFOX, else Debian's firefox-esr.

import { accessSync, constants } from 'node:fs';
import process from 'node:process';

export const defaultFirefoxPath = '/usr/bin/firefox-esr';

export function findFirefox() {
  const path = process.env['NIANBAO_FIREFOX'] || defaultFirefoxPath;
  try {
    accessSync(path, constants.X_OK);
    return path;
  } catch {
    return undefined;
  }
}
