// The source as the importer reads it: numbered lines, each with its cells. Pasted text gives one
// line per line of text, cut into cells at tabs (or runs of spaces); a web page gives one line per
// paragraph or table row (html/blocks.ts). Everything downstream reads these lines only.

export interface SourceLine {
  /** 1-based: the line of the pasted text, or the paragraph or table row of the page. */
  readonly line: number;
  /** The line's text, trimmed; for a table row, its non-empty cells joined by tabs. */
  readonly text: string;
  readonly cells: readonly string[];
  /**
   * True for a row of an HTML table with merged cells spread out: every cell stands in its own
   * column, covered positions are empty. Pasted rows only say where a cell starts.
   */
  readonly isGrid: boolean;
}

/** Markdown emphasis, as text converted from a document editor may carry: **一是**. */
const emphasis = /\*\*(?=\S)(.+?)(?<=\S)\*\*/gu;

export function readTextLines(text: string): SourceLine[] {
  const lines: SourceLine[] = [];
  const rawLines = text.replace(/^\uFEFF/u, '').split(/\r\n|\r|\n/u);
  rawLines.forEach((raw, index) => {
    const cleaned = raw.replace(emphasis, '$1');
    const trimmed = cleaned.trim();
    if (trimmed === '') return;
    lines.push({ line: index + 1, text: trimmed, cells: splitCells(cleaned), isGrid: false });
  });
  return lines;
}

/** Tabs separate cells when there are any; else runs of two or more spaces (or 全角 spaces). */
export function splitCells(line: string): string[] {
  if (line.includes('\t')) {
    return line.split('\t').map((cell) => cell.trim());
  }
  return line
    .trim()
    .split(/\s{2,}|\u3000+/u)
    .map((cell) => cell.trim());
}

const pageMarks: readonly RegExp[] = [
  /^[-—–－−_~]+\s*\d{1,4}\s*[-—–－−_~]+$/u,
  /^第\s*\d{1,4}\s*页\s*(?:[,，/／]?\s*共\s*\d{1,4}\s*页)?$/u,
  /^共\s*\d{1,4}\s*页\s*[,，]?\s*第\s*\d{1,4}\s*页$/u,
  /^\d{1,4}\s*[/／]\s*\d{1,4}$/u,
  /^page\s*\d+(?:\s*of\s*\d+)?$/iu,
];

/** Page numbers a copy from a printed or PDF document leaves between lines: 「— 3 —」, 「第 3 页 共 5 页」. */
export function isPageMark(text: string): boolean {
  const trimmed = text.trim();
  return pageMarks.some((pattern) => pattern.test(trimmed));
}

const webChrome =
  /版权所有|ICP备|网站标识码|公网安备|主办单位[:：]|承办单位[:：]|技术支持[:：]|打印本页|关闭窗口|【打印】|【关闭】|扫一扫在手机/u;

/** Lines of a government web page around the report: copyright, print and close buttons. */
export function isWebChrome(text: string): boolean {
  return text.length <= 200 && webChrome.test(text);
}
