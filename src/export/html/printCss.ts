// The print stylesheet: A4 pages laid out after GB/T 9704《党政机关公文格式》. Constant text: no
// report content is ever put into it. Every rule but @page is scoped to the report's root class,
// so the app can embed the report in its print preview without restyling itself.

const fangsong =
  '"FangSong_GB2312", "仿宋_GB2312", "FangSong", "STFangsong", "仿宋", "Noto Serif CJK SC", "Source Han Serif SC", serif';
const xiaobiaosong = '"FZXiaoBiaoSong-B05S", "方正小标宋简体", "Noto Serif CJK SC", serif';
const heiti = '"SimHei", "黑体", "STHeiti", "Noto Sans CJK SC", "Source Han Sans SC", sans-serif';
const kaiti =
  '"KaiTi_GB2312", "楷体_GB2312", "KaiTi", "STKaiti", "楷体", "Noto Serif CJK SC", "Source Han Serif SC", serif';
const songti = '"SimSun", "宋体", "STSong", "Noto Serif CJK SC", serif';

/** Root class of the report's element; every rule below but @page is scoped under it. */
export const reportRootClass = 'nianbao-report';
const root = `.${reportRootClass}`;

export const reportPrintCss = `
@page {
  size: A4;
  /* GB/T 9704: top 37 mm, inner 28 mm, text block 156 mm × 225 mm. */
  margin: 37mm 26mm 35mm 28mm;
  @bottom-center {
    content: "— " counter(page) " —";
    font-family: ${songti};
    font-size: 14pt;
  }
}
${root} {
  font-family: ${fangsong};
  font-size: 16pt;
  /* 22 lines in the 225 mm text block. */
  line-height: 28.9pt;
  color: #000;
  text-align: justify;
}
@media screen {
  ${root} { max-width: 156mm; margin: 2em auto; padding: 0 1em; }
}
${root} p { margin: 0; text-indent: 2em; }
${root} h1 .title-part { display: inline-block; }
${root} h1 {
  font-family: ${xiaobiaosong};
  font-size: 22pt;
  /* 小标宋 has one weight, already heavy; only a fallback font should turn bold. */
  font-weight: bold;
  font-synthesis: none;
  line-height: 1.5;
  text-align: center;
  text-wrap: balance;
  margin: 0 0 0.4em;
}
${root} h2 {
  font-family: ${heiti};
  font-size: 16pt;
  font-weight: normal;
  line-height: 28.9pt;
  text-indent: 2em;
  margin: 0;
  break-after: avoid;
}
${root} .publish-date { font-family: ${kaiti}; text-align: center; text-indent: 0; margin-bottom: 1em; }
${root} .run-in { font-family: ${kaiti}; }
/* The signature never stands alone on a page: it takes the last lines of text along. */
${root} .signature { margin-top: 1em; padding-right: 2em; break-before: avoid; break-inside: avoid; }
${root} .signature p { text-indent: 0; text-align: right; }

${root} table {
  width: 100%;
  border-collapse: collapse;
  table-layout: fixed;
  font-size: 10.5pt;
  line-height: 1.35;
  text-align: center;
  margin: 0.4em 0 0.8em;
}
/* A table moves to the next page rather than leave its header and a row or two behind; table 二
   may break between its blocks, each of which has its own header. Table 三 starts where it is
   when its header and its first two rows fit, and goes on under its repeated header: its cells,
   not its rows, are kept whole, since a row kept whole takes along every row of the label cell
   it starts (三、本年度办理结果 spans some twenty). The importers rejoin it (decisions.md 55). */
${root} .report-table { break-inside: avoid; }
${root} .t2 { break-inside: auto; }
${root} .t2 tbody { break-inside: avoid; }
${root} thead { display: table-header-group; }
${root} tr { break-inside: avoid; }
${root} .t3 { break-inside: auto; }
${root} .t3 tr { break-inside: auto; }
${root} .t3 th, ${root} .t3 td { break-inside: avoid; }
${root} .t3 tbody tr:first-child { break-after: avoid; }
${root} th, ${root} td {
  border: 0.75pt solid #000;
  padding: 1mm 0.6mm;
  font-weight: normal;
  vertical-align: middle;
  overflow-wrap: anywhere;
}
${root} th .word { white-space: nowrap; }
${root} th.row-label { text-align: left; padding-left: 1.2mm; }
${root} .t2 col.label { width: 28%; }
/* Table 三 is sized to fit one page even in the 2021 layout: 9 pt, tight rows. Widths for
   156 mm: five characters for 三、本年度办理结果, four for （三）不予公开, fourteen for the row
   labels, three (自然人, 社会/公益/组织) or five digits for an applicant column, six for 总计. */
${root} .t3 { font-size: 9pt; line-height: 1.25; }
${root} .t3 th, ${root} .t3 td { padding: 0.6mm 0.5mm; }
${root} .t3 col.label-1 { width: 11.5%; }
${root} .t3 col.label-2 { width: 9%; }
${root} .t3 col.data { width: 7%; }
${root} .t3 col.data-total { width: 8%; }
${root} .t3 th.corner { padding: 1mm 2mm; }

${root} td.flagged { outline: 1.2pt dashed #000; outline-offset: -2.5pt; }
/* Answered findings (已说明, 已确认) stay marked but recede: dotted, not dashed, and a ✓. */
${root} td.flagged.answered { outline-style: dotted; }
${root} .finding-mark { font-size: 7pt; line-height: 0; font-family: ${heiti}; }
${root} .finding-mark a { color: inherit; text-decoration: none; }
${root} .review-notice {
  font-family: ${heiti};
  font-size: 12pt;
  line-height: 1.6;
  text-indent: 0;
  border: 1pt dashed #000;
  padding: 2mm 3mm;
  margin-bottom: 1em;
}
${root} .review-appendix { break-before: page; }
${root} .review-appendix h2 { text-indent: 0; text-align: center; margin-bottom: 0.5em; }
${root} .finding { font-size: 12pt; line-height: 1.6; margin-bottom: 0.6em; }
${root} .finding p { text-indent: 0; }
${root} .finding-head { break-after: avoid; }
${root} .finding-head > span { margin-right: 0.5em; }
${root} .finding-number, ${root} .severity, ${root} .rule { font-family: ${heiti}; }
${root} .rule-code { font-size: 8pt; font-family: inherit; color: #444; }
${root} .severity { border: 0.75pt solid #000; padding: 0 0.2em; }
${root} .severity-error { border-width: 1.5pt; }
${root} .finding-cells { font-size: 10.5pt; padding-left: 2em; }
${root} .review-status { font-family: ${heiti}; }
${root} .review-stamp { font-family: ${heiti}; font-size: 12pt; text-align: center; margin-bottom: 0.8em; }
${root} .review-appendix h3 {
  font-family: ${heiti};
  font-size: 14pt;
  font-weight: normal;
  line-height: 1.6;
  margin: 1em 0 0.4em;
  break-after: avoid;
}
${root} .comments, ${root} .review-history {
  font-size: 10.5pt;
  line-height: 1.5;
  margin: 0.2em 0 0;
  padding-left: 2em;
  list-style: none;
}
${root} .review-history { font-size: 12pt; padding-left: 0; }
${root} .comment { break-inside: avoid; }
${root} .comment-meta { font-family: ${kaiti}; }
`;
