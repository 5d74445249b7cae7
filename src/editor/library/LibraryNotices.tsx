// What the library must tell before anything else: whether drafts are safe from the browser's
// clean-up, which stored drafts could not be read (kept aside, downloadable, never dropped), and
// which a newer version wrote (left untouched).

import { useEffect, useState } from 'react';
import {
  type NewerRecord,
  newerVersionMessage,
  type Persistence,
  type Quarantined,
  requestPersistentStorage,
} from '../../storage/index.ts';
import { downloadQuarantined } from './files.ts';

const persistenceWords: Readonly<Record<Persistence, string>> = {
  granted: '浏览器已同意持久保存',
  denied: '未获持久保存许可：清理浏览器数据时草稿可能丢失，请定期导出',
  unsupported: '此浏览器不支持持久保存：清理浏览器数据时草稿可能丢失，请定期导出',
};

export function PersistenceNote() {
  const [persistence, setPersistence] = useState<Persistence | undefined>(undefined);
  useEffect(() => {
    let isCurrent = true;
    void requestPersistentStorage().then((answer) => {
      if (isCurrent) setPersistence(answer);
    });
    return () => {
      isCurrent = false;
    };
  }, []);
  if (!persistence) return null;
  return (
    <p className={`persistence-note is-${persistence}`} data-persistence={persistence}>
      {persistenceWords[persistence]}
    </p>
  );
}

export function QuarantineNotice({ items }: { readonly items: readonly Quarantined[] }) {
  if (items.length === 0) return null;
  return (
    <section className="quarantine-notice" aria-labelledby="quarantine-heading">
      <h2 id="quarantine-heading">有 {items.length} 份草稿无法读取，已另行保存</h2>
      <ul>
        {items.map((item) => (
          <li key={item.key}>
            <span>{item.problems[0] ?? '内容无法读取'}</span>
            <button type="button" onClick={() => downloadQuarantined(item)}>
              下载原始数据
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Reports a newer version of the app wrote: listed so nobody thinks them lost, never opened. */
export function NewerNotice({ records }: { readonly records: readonly NewerRecord[] }) {
  if (records.length === 0) return null;
  return (
    <section className="quarantine-notice" aria-labelledby="newer-heading">
      <h2 id="newer-heading">由更新版本创建的报告</h2>
      <ul>
        {records.map(({ id, document }) => {
          const { agencyName, year } = document.report.header;
          return (
            <li key={id}>
              <span>
                {agencyName || '（未填机关名称）'}
                {year === undefined ? '' : ` ${year} 年度`}：{newerVersionMessage}
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
