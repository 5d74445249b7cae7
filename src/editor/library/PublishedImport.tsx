// 导入已发布年报: paste a published report's text (or its web page) or open a .txt/.html, .pdf or
// .docx file (src/formats turns the last two into text or a page), see
// what was read — the agency and year, the format edition, how many figures were placed, what the
// importer had to decide, and every line it could not use — then save it to the library.

import { useEffect, useMemo, useRef, useState, type ClipboardEvent } from 'react';
import { renderReportBody } from '../../export/html/body.ts';
import { documentKindOf } from '../../formats/documentKind.ts';
import { browserReaders } from '../../formats/browserReaders.ts';
import { decodeText, isBinaryText, notTextMessage } from '../../formats/decodeText.ts';
import { readDocument } from '../../formats/readDocument.ts';
import { reportPrintCss } from '../../export/html/printCss.ts';
import { importSteps, type ImportOutcome, type ImportStep } from '../../model/import/result.ts';
import type { Report } from '../../model/report.ts';
import { severityLabels } from '../../model/rules/finding.ts';
import { reportTitle } from '../../model/title.ts';
import { Dialog } from '../shared/Dialog.tsx';
import { useShownInFrames } from '../shared/useShownInFrames.ts';
import { importInWorker, type ImportRun } from './importInWorker.ts';

type Source = { readonly kind: 'text' | 'html'; readonly content: string };

const editionNames = {
  '2021': '2021 年格式',
  '2019': '2019 年试行格式',
  mixed: '2019 与 2021 年格式混用',
};

type FileRead =
  { readonly ok: true; readonly source: Source } | { readonly ok: false; readonly message: string };

/** Pages of a PDF read so far; a Word file reports no pages. */
type Reading = { readonly name: string; readonly done: number; readonly total: number };

/** A PDF or Word file goes through its reader; a text file or page is decoded as the CLI does. */
async function readSourceFile(
  file: File,
  onProgress: (done: number, total: number) => void,
): Promise<FileRead> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  // By its bytes first, as the command line does: a PDF named .txt is still a PDF.
  if (documentKindOf(file.name, bytes)) {
    const read = await readDocument(file.name, bytes, browserReaders, onProgress);
    return read.ok ? { ok: true, source: { kind: read.kind, content: read.content } } : read;
  }
  const content = decodeText(bytes);
  if (isBinaryText(content)) return { ok: false, message: notTextMessage };
  return { ok: true, source: { kind: /\.html?$/i.test(file.name) ? 'html' : 'text', content } };
}

/** What was read last, with the source it was read from. */
type Recognised = { readonly source: Source; readonly outcome: ImportOutcome };

/**
 * The importer runs in a worker, one run at a time: a new 识别 ends the one before, 取消识别 or
 * closing the dialog ends it, and what was recognised before stays until a run completes.
 */
function useRecognition() {
  const [recognised, setRecognised] = useState<Recognised | undefined>(undefined);
  const [step, setStep] = useState<ImportStep | undefined>(undefined);
  const [isCancelled, setCancelled] = useState(false);
  const current = useRef<ImportRun | undefined>(undefined);
  useEffect(() => () => current.current?.cancel(), []);

  const stop = () => {
    current.current?.cancel();
    current.current = undefined;
    setStep(undefined);
  };
  const recognise = (source: Source, fallbackYear: number | undefined) => {
    stop();
    setCancelled(false);
    if (!source.content.trim()) {
      setRecognised(undefined);
      return;
    }
    const request = { kind: source.kind, content: source.content, fallbackYear };
    const run = importInWorker(request, setStep);
    current.current = run;
    setStep(importSteps[0]);
    void run.outcome.then((outcome) => {
      if (current.current !== run || !outcome) return;
      current.current = undefined;
      setStep(undefined);
      setRecognised({ source, outcome });
    });
  };
  const cancel = () => {
    stop();
    setCancelled(true);
  };
  return { recognised, step, isCancelled, recognise, cancel };
}

export function PublishedImportDialog(props: {
  /** A file dropped on the app, read as soon as the dialog opens. */
  readonly initialFile?: File | undefined;
  readonly onSave: (report: Report) => void;
  readonly onClose: () => void;
}) {
  const [source, setSource] = useState<Source>({ kind: 'text', content: '' });
  const [year, setYear] = useState('');
  const [reading, setReading] = useState<Reading | undefined>(undefined);
  const [fileProblem, setFileProblem] = useState<string | undefined>(undefined);
  const { recognised, step, isCancelled, recognise, cancel } = useRecognition();
  const fallbackYear = /^\d{4}$/.test(year) ? Number(year) : undefined;
  const outcome = recognised?.outcome;

  const openFile = (file: File) => {
    setFileProblem(undefined);
    setReading({ name: file.name, done: 0, total: 0 });
    const onProgress = (done: number, total: number) =>
      setReading({ name: file.name, done, total });
    void readSourceFile(file, onProgress).then((read) => {
      setReading(undefined);
      // A file that cannot be read changes nothing: what was pasted or read before stays.
      if (!read.ok) setFileProblem(`无法读取「${file.name}」：${read.message}`);
      else {
        setSource(read.source);
        recognise(read.source, fallbackYear);
      }
    });
  };
  const openedFile = useRef<File | undefined>(undefined);
  useEffect(() => {
    // Each dropped file once, though effects run twice in development.
    if (!props.initialFile || openedFile.current === props.initialFile) return;
    openedFile.current = props.initialFile;
    openFile(props.initialFile);
  });

  // A copied web page carries its tables as HTML, with the merged cells intact: prefer that.
  const onPaste = (event: ClipboardEvent<HTMLTextAreaElement>) => {
    const html = event.clipboardData.getData('text/html');
    if (!html) return;
    event.preventDefault();
    setSource({ kind: 'html', content: html });
    event.currentTarget.value = event.clipboardData.getData('text/plain');
  };

  return (
    <Dialog title="导入已发布年报" onClose={props.onClose}>
      <label className="import-source">
        粘贴已发布年报的文字或网页
        <textarea
          rows={10}
          onPaste={onPaste}
          onChange={(event) => setSource({ kind: 'text', content: event.target.value })}
        />
      </label>
      <p className="library-hint">
        {source.kind === 'html' ? '已读取网页格式（含表格结构）。' : null}
        也可以打开 .txt、.html、.pdf 或 .docx 文件：
        <input
          type="file"
          accept=".txt,.html,.htm,.pdf,.docx,.doc,.mht,.mhtml,text/plain,text/html,application/pdf"
          aria-label="选择已发布年报的文件"
          onChange={(event) => {
            const file = event.target.files?.[0];
            if (file) openFile(file);
          }}
        />
      </p>
      {reading ? (
        <p role="status" className="library-hint">
          正在读取「{reading.name}」
          {reading.total > 0 ? `：第 ${reading.done} / ${reading.total} 页` : '…'}
        </p>
      ) : null}
      {fileProblem ? <p role="alert">{fileProblem}</p> : null}
      <div className="dialog-actions">
        <button type="button" onClick={() => recognise(source, fallbackYear)}>
          识别
        </button>
        <button type="button" onClick={props.onClose}>
          取消
        </button>
      </div>
      {step ? <Progress step={step} onCancel={cancel} /> : null}
      {isCancelled ? (
        <p role="status" className="library-hint">
          已取消识别{recognised ? '，下方仍是上一次的识别结果' : ''}。
        </p>
      ) : null}
      {recognised && outcome && !outcome.ok ? (
        <div role="alert">
          <p>{outcome.message}</p>
          <label>
            报告年度
            <input
              inputMode="numeric"
              value={year}
              onChange={(event) => {
                setYear(event.target.value);
                const typed = event.target.value;
                if (/^\d{4}$/.test(typed)) recognise(recognised.source, Number(typed));
              }}
            />
          </label>
        </div>
      ) : null}
      {recognised && outcome?.ok ? (
        <ImportSummary outcome={outcome} source={recognised.source} onSave={props.onSave} />
      ) : null}
    </Dialog>
  );
}

function Progress({
  step,
  onCancel,
}: {
  readonly step: ImportStep;
  readonly onCancel: () => void;
}) {
  const index = importSteps.indexOf(step);
  return (
    <div className="import-progress">
      <p role="status">
        正在识别：{step}（第 {index + 1} 步，共 {importSteps.length} 步）…
      </p>
      <progress max={importSteps.length} value={index} aria-label="识别进度" />
      <button type="button" onClick={onCancel}>
        取消识别
      </button>
    </div>
  );
}

/** Lists past this length are cut: a pasted book must not stall the page drawing its lines. */
const listedAtMost = 1_000;

function Remainder({ total, what }: { readonly total: number; readonly what: string }) {
  return total > listedAtMost ? (
    <p className="library-hint">
      共 {total} {what}，此处只列出前 {listedAtMost} 条。
    </p>
  ) : null;
}

function ImportSummary({
  outcome,
  source,
  onSave,
}: {
  readonly outcome: Extract<ImportOutcome, { ok: true }>;
  readonly source: Source;
  readonly onSave: (report: Report) => void;
}) {
  const { report, edition, account, findings } = outcome;
  const placed = Object.keys(account.cells).length;
  const shown = useShownInFrames(2);
  return (
    <section className="import-summary" aria-label="识别结果">
      <p role="status">
        识别为「{reportTitle(report.header)}」，{editionNames[edition]}，读取表格数字 {placed} 个，
        {account.unplaced.length ? `${account.unplaced.length} 行未能识别` : '所有行均已识别'}。
      </p>
      {findings.length ? (
        <ul aria-label="识别时的说明">
          {findings.slice(0, listedAtMost).map((finding, i) => (
            <li key={`${finding.rule}-${i}`}>
              {severityLabels[finding.severity]}：{finding.line ? `第 ${finding.line} 行，` : ''}
              {finding.message}
            </li>
          ))}
        </ul>
      ) : null}
      <Remainder total={findings.length} what="条说明" />
      {account.unplaced.length ? (
        <ul aria-label="未能识别的行">
          {account.unplaced.slice(0, listedAtMost).map((line) => (
            <li key={line.line}>
              第 {line.line} 行「{line.text}」：{line.reason}
            </li>
          ))}
        </ul>
      ) : null}
      <Remainder total={account.unplaced.length} what="行未能识别" />
      <div className="import-compare">
        {shown >= 1 && source.kind === 'text' ? (
          <SourceLines text={source.content} outcome={outcome} />
        ) : null}
        {shown >= 2 ? <ReadTables report={report} /> : null}
      </div>
      <button type="button" onClick={() => onSave(report)}>
        保存到报告库
      </button>
    </section>
  );
}

/** The pasted text, numbered as the account numbers it, with every unused line marked. */
function SourceLines({
  text,
  outcome,
}: {
  readonly text: string;
  readonly outcome: Extract<ImportOutcome, { ok: true }>;
}) {
  const unplaced = new Map(outcome.account.unplaced.map((line) => [line.line, line.reason]));
  const lines = text.split(/\r?\n/);
  return (
    <div className="import-source-lines">
      <ol className="import-lines" aria-label="原文">
        {lines.slice(0, listedAtMost).map((line, i) => {
          const reason = unplaced.get(i + 1);
          return (
            <li key={i} className={reason ? 'unplaced' : undefined} title={reason}>
              {line.replaceAll('\t', '  ') || '\u00a0'}
              {reason ? <span className="sr-only">（未能识别：{reason}）</span> : null}
            </li>
          );
        })}
      </ol>
      <Remainder total={lines.length} what="行原文" />
    </div>
  );
}

/** The tables as read, laid out by the same renderer that prints reports. */
function ReadTables({ report }: { readonly report: Report }) {
  // The renderer escapes every piece of report text (src/export/html/escape.ts).
  const html = useMemo(() => renderReportBody(report, { flavour: 'clean' }), [report]);
  return (
    <div className="import-tables" role="region" aria-label="识别出的报告">
      <style>{reportPrintCss}</style>
      <div dangerouslySetInnerHTML={{ __html: html }} />
    </div>
  );
}
