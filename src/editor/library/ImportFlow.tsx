// Importing report files, by the file picker or by dropping a file anywhere on the app. Every file
// goes through the parse door; an invalid one lists its problems and nothing is saved. A report
// whose agency and year are already in the library is never replaced silently: the user chooses
// 替换 (the old one goes to 回收站) or 保留两份.

import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { documentKindOfName } from '../../formats/documentKind.ts';
import type { Report } from '../../model/report.ts';
import { reportTitle } from '../../model/title.ts';
import {
  createReport,
  describeStorageFailure,
  findSameReport,
  type LibraryEntry,
  listReports,
  replaceReport,
} from '../../storage/index.ts';
import { Dialog } from '../shared/Dialog.tsx';
import { readImportFile } from './readImportFile.ts';
import { goTo, libraryHref, reportHref } from '../shared/route.ts';

type Question =
  | { readonly kind: 'invalid'; readonly fileName: string; readonly problems: readonly string[] }
  | {
      readonly kind: 'duplicate';
      readonly fileName: string;
      readonly report: Report;
      readonly existing: LibraryEntry;
      /** Open the report once saved (a published report), rather than return to the library. */
      readonly open: boolean;
    };

export interface ImportNotice {
  readonly text: string;
  readonly isError: boolean;
}

interface ImportApi {
  readonly importFiles: (files: readonly File[]) => void;
  /**
   * Saves a report read elsewhere (导入已发布年报) through the same question as a file: 替换 or
   * 保留两份 when the library has that agency's report of that year; then opens it.
   */
  readonly importReport: (report: Report, source: string) => void;
  readonly notice: ImportNotice | undefined;
  /** A published report's PDF or Word file, dropped: 导入已发布年报 reads it. */
  readonly publishedFile: File | undefined;
  readonly clearPublishedFile: () => void;
}

const ImportContext = createContext<ImportApi>({
  importFiles: () => {},
  importReport: () => {},
  notice: undefined,
  publishedFile: undefined,
  clearPublishedFile: () => {},
});

export const useImport = () => useContext(ImportContext);

export function ImportProvider({ children }: { readonly children: ReactNode }) {
  const [question, setQuestion] = useState<Question | undefined>(undefined);
  const [notice, setNotice] = useState<ImportNotice | undefined>(undefined);
  const [publishedFile, setPublishedFile] = useState<File | undefined>(undefined);

  const finish = (text: string, isError = false, openId?: string) => {
    setQuestion(undefined);
    setNotice({ text, isError });
    goTo(openId === undefined ? libraryHref : reportHref(openId));
  };

  const store = async (
    write: () => Promise<LibraryEntry>,
    notes: readonly string[] = [],
    open = false,
  ) => {
    try {
      const { meta, report } = await write();
      const text = [`已导入：${reportTitle(report.header)}`, ...notes].join(' ');
      finish(text, false, open ? meta.id : undefined);
    } catch (error) {
      finish(`未能导入：${describeStorageFailure(error)}`, true);
    }
  };

  /** Saves `report`, asking first when the library has the same agency's report of its year. */
  const offer = async (
    report: Report,
    fileName: string,
    notes: readonly string[],
    open: boolean,
  ) => {
    try {
      const existing = findSameReport((await listReports()).entries, report);
      if (existing) setQuestion({ kind: 'duplicate', fileName, report, existing, open });
      else await store(() => createReport(report), notes, open);
    } catch (error) {
      finish(`未能导入：${describeStorageFailure(error)}`, true);
    }
  };

  const importFile = async (file: File) => {
    setNotice(undefined);
    // A published report as a PDF or Word file goes to 导入已发布年报, read there.
    if (documentKindOfName(file.name)) {
      setPublishedFile(file);
      goTo(libraryHref);
      return;
    }
    const reading = await readImportFile(file);
    if (!reading.ok) {
      setQuestion({ kind: 'invalid', fileName: file.name, problems: reading.problems });
      return;
    }
    await offer(reading.report, file.name, reading.notes, false);
  };

  const importFiles = (files: readonly File[]) => {
    const [first, ...rest] = files;
    if (!first) return;
    if (rest.length > 0) setNotice({ text: '一次只能导入一个文件', isError: true });
    else void importFile(first);
  };

  useDropAnywhere(importFiles);

  return (
    <ImportContext.Provider
      value={{
        importFiles,
        importReport: (report, source) => void offer(report, source, [], true),
        notice,
        publishedFile,
        clearPublishedFile: () => setPublishedFile(undefined),
      }}
    >
      {children}
      {question?.kind === 'invalid' ? (
        <Dialog title={`无法导入「${question.fileName}」`} onClose={() => setQuestion(undefined)}>
          <p>文件有以下问题，报告库没有任何改动：</p>
          <ul className="import-problems">
            {question.problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
          <div className="dialog-actions">
            <button type="button" onClick={() => setQuestion(undefined)}>
              关闭
            </button>
          </div>
        </Dialog>
      ) : null}
      {question?.kind === 'duplicate' ? (
        <Dialog title="报告库中已有同一机关同一年度的报告" onClose={() => setQuestion(undefined)}>
          <p>
            「{question.fileName}」是{reportTitle(question.report.header)}
            ，报告库中已有一份。替换后，原有的一份移入回收站。
          </p>
          <div className="dialog-actions">
            <button
              type="button"
              onClick={() =>
                void store(
                  () => replaceReport(question.existing.meta.id, question.report),
                  [],
                  question.open,
                )
              }
            >
              替换
            </button>
            <button
              type="button"
              onClick={() => void store(() => createReport(question.report), [], question.open)}
            >
              保留两份
            </button>
            <button type="button" onClick={() => setQuestion(undefined)}>
              取消
            </button>
          </div>
        </Dialog>
      ) : null}
    </ImportContext.Provider>
  );
}

function useDropAnywhere(importFiles: (files: readonly File[]) => void): void {
  useEffect(() => {
    const carriesFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') ?? false;
    const onDragOver = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      // Without this the browser opens the dropped file in place of the app.
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    };
    const onDrop = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      importFiles([...(event.dataTransfer?.files ?? [])]);
    };
    window.addEventListener('dragover', onDragOver);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragover', onDragOver);
      window.removeEventListener('drop', onDrop);
    };
  });
}
