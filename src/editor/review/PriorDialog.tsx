// 对比上年: attach last year's report from the library or from a JSON file, or detach it. A file
// joins the library first (or finds itself there), so the link survives reloads like any other.

import { useEffect, useRef, useState, type ChangeEvent } from 'react';
import { agencyKey } from '../../model/batch/roster.ts';
import { parseReportText } from '../../model/parse.ts';
import type { Report } from '../../model/report.ts';
import { reportTitle } from '../../model/title.ts';
import {
  createReport,
  describeStorageFailure,
  findSameReport,
  type LibraryEntry,
  listReports,
} from '../../storage/index.ts';
import { Dialog } from '../shared/Dialog.tsx';
import { useStore } from '../state/storeContext.tsx';

interface Props {
  readonly selfId: string;
  readonly prior: LibraryEntry | undefined;
  readonly attach: (prior: LibraryEntry | undefined) => Promise<void>;
  readonly onClose: () => void;
}

const isSameAgency = (a: Report, b: Report) =>
  agencyKey(a.header.agencyName) === agencyKey(b.header.agencyName);

/** Why a report cannot be this one's prior, or undefined when it can. */
function unfitness(candidate: Report, report: Report): string | undefined {
  const wanted = report.header.year - 1;
  if (candidate.header.year !== wanted) {
    return `这是 ${candidate.header.year} 年度的报告，上一年度应为 ${wanted} 年度`;
  }
  return undefined;
}

export function PriorDialog({ selfId, prior, attach, onClose }: Props) {
  const store = useStore();
  const report = store.getSnapshot().report;
  const [entries, setEntries] = useState<readonly LibraryEntry[] | undefined>();
  const [problem, setProblem] = useState<string | undefined>();
  const filePicker = useRef<HTMLInputElement>(null);

  useEffect(() => {
    let isCurrent = true;
    listReports().then(
      (listing) => isCurrent && setEntries(listing.entries),
      (error: unknown) => isCurrent && setProblem(describeStorageFailure(error)),
    );
    return () => {
      isCurrent = false;
    };
  }, []);

  const choose = (entry: LibraryEntry | undefined) =>
    attach(entry).then(onClose, (error: unknown) => setProblem(describeStorageFailure(error)));

  const fromFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    const parsed = parseReportText(await file.text());
    if (!parsed.ok) {
      return setProblem(
        `无法读取「${file.name}」：${parsed.problems.map((p) => p.message).join('；')}`,
      );
    }
    const candidate = parsed.document.report;
    const unfit = unfitness(candidate, report);
    if (unfit) return setProblem(`「${file.name}」不能作为上一年度报告：${unfit}。`);
    try {
      const listing = await listReports();
      const entry = findSameReport(listing.entries, candidate) ?? (await createReport(candidate));
      await choose(entry);
    } catch (error) {
      setProblem(describeStorageFailure(error));
    }
  };

  // The same agency's report of the year before first, then other agencies' of that year (an
  // agency renamed since is one), then the rest, which cannot be chosen.
  const rank = (candidate: Report, unfit: string | undefined) =>
    unfit !== undefined ? 2 : isSameAgency(candidate, report) ? 0 : 1;
  const candidates = (entries ?? [])
    .filter((entry) => entry.meta.id !== selfId && entry.meta.deletedAt === null)
    .map((entry) => ({ entry, unfit: unfitness(entry.report, report) }))
    .sort((a, b) => rank(a.entry.report, a.unfit) - rank(b.entry.report, b.unfit));

  return (
    <Dialog title="对比上年报告" onClose={onClose}>
      <p className="dialog-text">
        关联上一年度（{report.header.year - 1}{' '}
        年度）的报告后，检查上年结转、现行有效件数和正文与上年的重复率。
      </p>
      {prior ? (
        <p className="dialog-text">
          当前关联：{reportTitle(prior.report.header)}{' '}
          <button type="button" onClick={() => void choose(undefined)}>
            取消关联
          </button>
        </p>
      ) : null}
      {entries === undefined && !problem ? <p>正在读取报告库…</p> : null}
      {candidates.length > 0 ? (
        <ul className="prior-candidates" aria-label="报告库中的报告">
          {candidates.map(({ entry, unfit }) => (
            <li key={entry.meta.id}>
              <span>{reportTitle(entry.report.header)}</span>
              {unfit ? (
                <span className="prior-unfit">{unfit}</span>
              ) : isSameAgency(entry.report, report) ? null : (
                <span className="prior-unfit">机关名称与本报告不同，请确认是同一机关</span>
              )}
              <button
                type="button"
                disabled={unfit !== undefined || entry.meta.id === prior?.meta.id}
                onClick={() => void choose(entry)}
              >
                {entry.meta.id === prior?.meta.id ? '已关联' : '关联'}
              </button>
            </li>
          ))}
        </ul>
      ) : entries !== undefined ? (
        <p>报告库中没有其他报告。</p>
      ) : null}
      <p>
        <button type="button" onClick={() => filePicker.current?.click()}>
          从 JSON 文件关联…
        </button>
        <input
          ref={filePicker}
          type="file"
          accept=".json,application/json"
          aria-label="选择上一年度报告的 JSON 文件"
          hidden
          onChange={(event) => void fromFile(event)}
        />
      </p>
      {problem ? <p role="alert">{problem}</p> : null}
      <div className="dialog-actions">
        <button type="button" onClick={onClose}>
          关闭
        </button>
      </div>
    </Dialog>
  );
}
