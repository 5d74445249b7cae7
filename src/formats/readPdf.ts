// A PDF's bytes → the text the importer reads (pdfLayout.ts), through pdf.js. Where pdf.js comes
// from and where its CMaps and fonts are differs between Node and the browser, so the caller says
// (PdfSetup); pdf.js is loaded only when a PDF is opened: it is large and most sessions never
// need it. Every failure is a sentence in Chinese.

import type * as PdfJs from 'pdfjs-dist/legacy/build/pdf.mjs';
import { layoutPages, type TextRun } from './pdfLayout.ts';

export type PdfJsModule = typeof PdfJs;

export interface PdfSetup {
  /** pdf.js's legacy build, ready to open a document (its worker configured). */
  readonly load: () => Promise<PdfJsModule>;
  /** Folders (URLs in the browser, paths in Node) ending in '/': pdf.js's cmaps/ and standard_fonts/. */
  readonly cMapUrl: string;
  readonly standardFontDataUrl: string;
  /** pdf.js's parser fetches CMaps and fonts itself (where no page can fetch them for it). */
  readonly useWorkerFetch?: boolean;
}

export type DocumentText =
  | { readonly ok: true; readonly content: string }
  | { readonly ok: false; readonly message: string };

/** Pages read so far and in all, after each page. */
export type Progress = (done: number, total: number) => void;

export const scannedPdfMessage =
  '这个 PDF 没有文字层（可能是扫描件或图片），无法读取其中的文字。请找到报告的网页或文字版，或先用文字识别（OCR）软件转成文字再粘贴。';

function describePdfError(error: unknown): string {
  const name = error instanceof Error ? error.name : '';
  if (name === 'PasswordException') return '这个 PDF 有密码保护，无法读取。请先去除密码再导入。';
  if (name === 'InvalidPDFException') return '文件不是有效的 PDF，可能已损坏或下载不完整。';
  // pdf.js explains in English; the user gets what to do instead.
  return '无法读取这个 PDF：文件可能已损坏，或用了本程序不支持的写法。请试试报告的网页、Word 或文字版。';
}

const runOf = (item: { str: string; transform: number[]; width: number; height: number }) =>
  ({
    str: item.str,
    x: item.transform[4] ?? 0,
    y: item.transform[5] ?? 0,
    width: item.width,
    height: item.height,
  }) satisfies TextRun;

export async function readPdfText(
  bytes: Uint8Array,
  setup: PdfSetup,
  onProgress: Progress = () => {},
): Promise<DocumentText> {
  const pdfjs = await setup.load();
  let task: ReturnType<PdfJsModule['getDocument']> | undefined;
  try {
    task = pdfjs.getDocument({
      // A copy, and a plain Uint8Array (pdf.js refuses Node's Buffer): pdf.js hands it to its worker.
      data: new Uint8Array(bytes),
      cMapUrl: setup.cMapUrl,
      cMapPacked: true,
      standardFontDataUrl: setup.standardFontDataUrl,
      isEvalSupported: false,
      verbosity: 0,
      ...(setup.useWorkerFetch === undefined ? {} : { useWorkerFetch: setup.useWorkerFetch }),
    });
    const document = await task.promise;
    const pages: TextRun[][] = [];
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number);
      const content = await page.getTextContent();
      pages.push(content.items.flatMap((item) => ('str' in item ? [runOf(item)] : [])));
      page.cleanup();
      onProgress(number, document.numPages);
    }
    const content = layoutPages(pages);
    // Page numbers alone are not text: a scan can carry them.
    if (content.replace(/\s|[—-]\s*\d+\s*[—-]/gu, '') === '') {
      return { ok: false, message: scannedPdfMessage };
    }
    return { ok: true, content };
  } catch (error) {
    return { ok: false, message: describePdfError(error) };
  } finally {
    await task?.destroy();
  }
}
