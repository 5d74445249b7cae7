// What the library's buttons do. Each writes through storage/ (which tells other tabs) and says
// how it went. Changes to a report another tab is editing are refused: that tab would overwrite them.

import { createBlankReport } from '../../model/blank.ts';
import type { AgencyCategory } from '../../model/form/header.ts';
import type { Report } from '../../model/report.ts';
import { reportTitle } from '../../model/title.ts';
import {
  createReport,
  describeStorageFailure,
  emptyTrash,
  type LibraryEntry,
  listReports,
  moveToTrash,
  restoreFromTrash,
  updateReport,
  whileUnlocked,
} from '../../storage/index.ts';
import { startNextYear } from '../../model/nextYear.ts';
import { copyName } from './copyName.ts';
import { ChunkLoadError, fetchChunk } from '../shared/chunks.ts';
import { goTo, reportHref } from '../shared/route.ts';

export interface Notice {
  readonly text: string;
  readonly isError: boolean;
}

const busy = '此报告正在另一个标签页中编辑，请先关闭那个标签页再操作';

export function libraryActions(refresh: () => void, tell: (notice: Notice) => void) {
  /** Runs a write; `done` says what happened, or undefined when another tab holds the report. */
  const run = async (write: () => Promise<string | undefined>) => {
    try {
      const done = await write();
      tell(done === undefined ? { text: busy, isError: true } : { text: done, isError: false });
    } catch (error) {
      const text =
        error instanceof ChunkLoadError
          ? error.message
          : `操作失败：${describeStorageFailure(error)}`;
      tell({ text, isError: true });
    }
    refresh();
  };

  const createAndOpen = (source: Report | (() => Promise<Report>), priorId: string | null = null) =>
    run(async () => {
      const report = typeof source === 'function' ? await source() : source;
      const { meta } = await createReport(report, { priorId });
      goTo(reportHref(meta.id));
      return `已创建：${reportTitle(report.header)}`;
    });

  return {
    createBlank: (agencyName: string, year: number, category: AgencyCategory | null) => {
      const blank = createBlankReport(year, agencyName);
      return createAndOpen({ ...blank, header: { ...blank.header, category } });
    },
    // The sample is fetched when asked for, not with the library's first load.
    createFromSample: () =>
      createAndOpen(() =>
        fetchChunk('从示例新建', () =>
          import('../../sample/mudanjiang2024.ts').then((module) => module.sampleReport),
        ),
      ),
    startNextYear: ({ meta, report }: LibraryEntry) =>
      createAndOpen(startNextYear(report), meta.id),
    /** The copy is named 「…（副本）」 so the two rows can be told apart; rename it at will. */
    duplicate: ({ meta, report }: LibraryEntry) =>
      run(async () => {
        const { entries } = await listReports();
        const agencyName = copyName(
          report.header.agencyName,
          entries.map((entry) => entry.report.header.agencyName),
        );
        const copy = { ...report, header: { ...report.header, agencyName } };
        await createReport(copy, { priorId: meta.priorId });
        return `已复制：${reportTitle(copy.header)}`;
      }),
    rename: ({ meta }: LibraryEntry, agencyName: string) =>
      run(() =>
        whileUnlocked(meta.id, async () => {
          const { report } = await updateReport(meta.id, (entry) => ({
            ...entry,
            report: { ...entry.report, header: { ...entry.report.header, agencyName } },
          }));
          return `已重命名：${reportTitle(report.header)}`;
        }),
      ),
    trash: ({ meta, report }: LibraryEntry) =>
      run(() =>
        whileUnlocked(meta.id, async () => {
          await moveToTrash(meta.id);
          return `已移入回收站：${reportTitle(report.header)}`;
        }),
      ),
    restore: ({ meta, report }: LibraryEntry) =>
      run(async () => {
        await restoreFromTrash(meta.id);
        return `已恢复：${reportTitle(report.header)}`;
      }),
    emptyTrash: () => run(async () => `已永久删除 ${await emptyTrash()} 份报告`),
  };
}
