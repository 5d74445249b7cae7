// What the editor says about the draft it shows: the way back to the library, the save status,
// read-only and storage failures, and the report as a JSON file.

import { useEffect } from 'react';
import { reportTitle } from '../../model/title.ts';
import { useEditor, useStore } from '../state/storeContext.tsx';
import { downloadReportJson } from './files.ts';
import type { SaveState } from '../../storage/index.ts';
import { libraryHref } from '../shared/route.ts';
import { clockTime } from './time.ts';
import { useLiveSession, type LiveSession, type OpenSession } from './useReportSession.ts';

export function BackToLibrary() {
  return (
    <a className="topbar-back" href={libraryHref}>
      ← 报告库
    </a>
  );
}

function saveWords(access: OpenSession['access'], save: SaveState): string {
  if (save.kind === 'stopped') return '未保存';
  if (access === 'reader') return '只读';
  switch (save.kind) {
    case 'idle':
      return '已保存';
    case 'saving':
      return '保存中';
    case 'saved':
      return `已保存（${clockTime(save.at)}）`;
    case 'failed':
      return '保存失败';
  }
}

export function SaveStatus({ live }: { readonly live: LiveSession }) {
  const session = useLiveSession(live);
  if (!session) return null;
  return (
    <span role="status" className={`save-status is-${session.save.kind}`}>
      {saveWords(session.access, session.save)}
    </span>
  );
}

export function ExportJsonButton() {
  const store = useStore();
  return (
    <button type="button" onClick={() => downloadReportJson(store.getSnapshot().report)}>
      导出 JSON
    </button>
  );
}

/** The tab title names the report, so a user with several tabs can tell them apart. */
export function useReportDocumentTitle(): void {
  const title = useEditor((s) => reportTitle(s.report.header));
  useEffect(() => {
    document.title = `${title} · 年报`;
  }, [title]);
}

export function SessionNotes({ live }: { readonly live: LiveSession }) {
  const store = useStore();
  const session = useLiveSession(live);
  if (!session) return null;
  const { save, access } = session;
  return (
    <>
      {save.kind === 'failed' ? (
        <div role="alert" className="storage-alert">
          <span>保存失败：{save.message}。修改仍保留在本页中，请立即下载备份，不要关闭本页。</span>
          <button type="button" onClick={() => downloadReportJson(store.getSnapshot().report)}>
            下载 JSON 备份
          </button>
        </div>
      ) : null}
      {save.kind === 'stopped' ? (
        <div role="alert" className="storage-alert">
          <span>{save.message}。本页的修改如需保留，请下载 JSON 备份。</span>
          <button type="button" onClick={() => downloadReportJson(store.getSnapshot().report)}>
            下载 JSON 备份
          </button>
        </div>
      ) : null}
      {access === 'reader' && save.kind !== 'stopped' ? (
        <p role="status" className="session-note">
          此报告已在另一个标签页中打开，本页只读。本页随那里的保存更新；那个标签页关闭后，本页即可编辑。
        </p>
      ) : null}
    </>
  );
}
