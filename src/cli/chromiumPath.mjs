// Where to find a Chromium: for PDF export (printPdf.ts), the e2e tests (playwright.config.ts) and
// ensure-chromium.mjs, which installs one when none is found, so all agree on the path. Plain
// JavaScript so that scripts run it with Node alone, without a build step.

import { chromium } from '@playwright/test';
import { accessSync, constants } from 'node:fs';
import process from 'node:process';

/** Environment variables that name a Chromium binary, most specific first. */
export const chromiumPathVariables = ['NIANBAO_CHROMIUM', 'CHROMIUM_PATH'];

/**
 * How every Chromium of ours starts (tests, PDF export, benchmark): no sandbox, since we run as
 * root, and nothing fetched in the background, since this machine's network is closed.
 */
export const chromiumLaunchArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** Debian's package installs here; Playwright's own download does not work on our machines. */
export const defaultChromiumPath = '/usr/bin/chromium';

function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** Every place we look, in order, each with where it came from. */
export function listChromiumCandidates() {
  const fromEnvironment = chromiumPathVariables
    .filter((name) => process.env[name])
    .map((name) => ({ path: process.env[name], source: `$${name}` }));
  return [
    ...fromEnvironment,
    { path: defaultChromiumPath, source: 'Debian package' },
    { path: '/usr/bin/chromium-browser', source: 'distribution package' },
    { path: chromium.executablePath(), source: 'Playwright download' },
  ];
}

/** The first executable candidate as `{ path, source }`, or undefined when there is none. */
export function findChromium() {
  return listChromiumCandidates().find((candidate) => isExecutable(candidate.path));
}
