// renderReportHtml: the report as one standalone HTML document — inline CSS, no script, nothing
// fetched — to publish, archive or print to PDF.

import type { Report } from '../../model/report.ts';
import { reportTitle } from '../../model/title.ts';
import { buildReportBody } from './body.ts';
import type { RenderOptions } from './context.ts';
import { serializeNode } from './element.ts';
import { escapeHtml } from './escape.ts';
import { reportPrintCss } from './printCss.ts';

/** Nothing may load or run: only the inline stylesheet applies. */
export const contentSecurityPolicy =
  "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

export function renderReportHtml(report: Report, options: RenderOptions): string {
  const title = reportTitle(report.header) + (options.flavour === 'review' ? '（审核稿）' : '');
  return [
    '<!DOCTYPE html>',
    '<html lang="zh-CN">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    // The page margins are @page's (GB/T 9704); a body margin would narrow the text block.
    `<style>body { margin: 0; }\n${reportPrintCss}</style>`,
    '</head>',
    '<body>',
    serializeNode(buildReportBody(report, options)),
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
