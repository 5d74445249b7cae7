// Makes sure printed reports can be made and checked: a Chinese font for Chromium to print with
// (without one every 汉字 comes out as a blank box and pdftotext finds nothing) and poppler's
// pdftotext/pdfinfo/pdftoppm to read the PDF back, and LibreOffice to render the Word export.
// Installs Debian's packages when we are root.
// Usage: node scripts/ensure-print-tools.mjs   (npm test runs it before the unit tests)
//
// fonts-noto-cjk is about 57 MB to download (91 MB installed) and has the serif face (Noto Serif
// CJK SC) the print stylesheet falls back to when the official 仿宋/小标宋 fonts are missing.

import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import process from 'node:process';

function succeeds(command, args) {
  const result = spawnSync(command, args, { encoding: 'utf8' });
  return result.status === 0 ? result.stdout : undefined;
}

function run(command, args) {
  console.log(`$ ${[command, ...args].join(' ')}`);
  return spawnSync(command, args, { stdio: 'inherit' }).status === 0;
}

const hasCommand = (name) => succeeds('sh', ['-c', `command -v ${name}`]) !== undefined;

const needs = [
  {
    what: 'pdftotext, pdfinfo and pdftoppm',
    debianPackage: 'poppler-utils',
    isPresent: () => ['pdftotext', 'pdfinfo', 'pdftoppm'].every(hasCommand),
  },
  {
    what: 'a Chinese font',
    debianPackage: 'fonts-noto-cjk',
    isPresent: () => Boolean(succeeds('fc-list', [':lang=zh', 'family'])?.trim()),
  },
  {
    // The Word export is checked as Word users see it: rendered by LibreOffice to PDF.
    what: 'LibreOffice Writer (soffice)',
    debianPackage: 'libreoffice-writer-nogui',
    isPresent: () => hasCommand('soffice'),
  },
];

let missing = needs.filter((need) => !need.isPresent());
if (missing.length > 0) {
  const packages = missing.map((need) => need.debianPackage);
  const canUseApt = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
  if (canUseApt) {
    console.log(`Missing ${missing.map((need) => need.what).join(' and ')}; installing.`);
    if (run('apt-get', ['update'])) {
      run('apt-get', ['install', '-y', '--no-install-recommends', ...packages]);
    }
    missing = needs.filter((need) => !need.isPresent());
  }
}

if (missing.length > 0) {
  console.error(
    [
      `Printing tests need ${missing.map((need) => need.what).join(' and ')}.`,
      `Install with:  sudo apt-get install -y ${missing.map((need) => need.debianPackage).join(' ')}`,
    ].join('\n'),
  );
  process.exit(1);
}
console.log('Print tools: poppler-utils, a Chinese font and LibreOffice Writer are installed.');
