// pdf.js fetches CMaps (for Chinese fonts that are not embedded) and standard fonts at run time.
// The app must make no request to another host, so both folders ship with the build, under
// pdfjs/, and the development server serves them from the installed package.

import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, normalize } from 'node:path';
import type { Plugin } from 'vite';

const packageRoot = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
const folders = ['cmaps', 'standard_fonts'];

export function pdfjsAssets(): Plugin {
  return {
    name: 'nianbao-pdfjs-assets',
    configureServer(server) {
      server.middlewares.use('/pdfjs', (request, response, next) => {
        const path = normalize(decodeURIComponent((request.url ?? '').split('?')[0] ?? ''));
        const [folder, file, ...rest] = path.split('/').filter((part) => part !== '');
        if (!folder || !file || rest.length > 0 || !folders.includes(folder)) return next();
        try {
          response.end(readFileSync(join(packageRoot, folder, file)));
        } catch {
          next();
        }
      });
    },
    generateBundle() {
      for (const folder of folders) {
        for (const file of readdirSync(join(packageRoot, folder))) {
          this.emitFile({
            type: 'asset',
            fileName: `pdfjs/${folder}/${file}`,
            source: readFileSync(join(packageRoot, folder, file)),
          });
        }
      }
    },
  };
}
