// Reports taken from the library into the batch, as this year's or as last year's: a list of the
// library's reports (not those in 回收站) with a box each.

import { useEffect, useState } from 'react';
import type { Report } from '../../model/report.ts';
import { reportTitle } from '../../model/title.ts';
import { describeStorageFailure, type LibraryEntry, listReports } from '../../storage/index.ts';
import { Dialog } from '../shared/Dialog.tsx';
import type { BatchRole } from './batchWorker.ts';

export function LibraryPicker(props: {
  readonly onPick: (reports: readonly { name: string; report: Report }[], role: BatchRole) => void;
  readonly onClose: () => void;
}) {
  const [entries, setEntries] = useState<readonly LibraryEntry[] | undefined>(undefined);
  const [problem, setProblem] = useState<string | undefined>(undefined);
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  useEffect(() => {
    listReports().then(
      (listing) => setEntries(listing.entries.filter((entry) => entry.meta.deletedAt === null)),
      (error: unknown) => setProblem(`无法读取报告库：${describeStorageFailure(error)}`),
    );
  }, []);
  const toggle = (id: string, on: boolean) =>
    setChosen((now) => {
      const next = new Set(now);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  const pick = (role: BatchRole) => {
    const picked = (entries ?? []).filter((entry) => chosen.has(entry.meta.id));
    props.onPick(
      picked.map(({ report }) => ({ name: `报告库：${reportTitle(report.header)}`, report })),
      role,
    );
  };

  return (
    <Dialog title="从报告库添加" onClose={props.onClose}>
      {problem ? <p role="alert">{problem}</p> : null}
      {entries === undefined && !problem ? <p>正在读取报告库…</p> : null}
      {entries?.length === 0 ? <p>报告库中还没有报告。</p> : null}
      {entries && entries.length > 0 ? (
        <ul className="library-picker">
          {entries.map(({ meta, report }) => (
            <li key={meta.id}>
              <label>
                <input
                  type="checkbox"
                  checked={chosen.has(meta.id)}
                  onChange={(event) => toggle(meta.id, event.target.checked)}
                />
                {reportTitle(report.header)}
              </label>
            </li>
          ))}
        </ul>
      ) : null}
      <div className="dialog-actions">
        <button type="button" disabled={chosen.size === 0} onClick={() => pick('report')}>
          作为本年报告添加
        </button>
        <button type="button" disabled={chosen.size === 0} onClick={() => pick('prior')}>
          作为上年报告添加
        </button>
        <button type="button" onClick={props.onClose}>
          取消
        </button>
      </div>
    </Dialog>
  );
}
