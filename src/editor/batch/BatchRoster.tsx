// The roster of agencies expected to report, pasted or opened from a text file: who is missing,
// who reported twice, and names that nearly match.

import { memo } from 'react';
import { decodeText } from '../../formats/decodeText.ts';
import { checkRoster, parseRoster } from '../../model/batch/roster.ts';
import { setRosterText, type BatchState } from './batchStore.ts';

/** `rosterText` is the live text of the field (a field must not follow a deferred copy). */
export const BatchRoster = memo(function BatchRoster(props: {
  readonly rows: BatchState['rows'];
  readonly rosterText: string;
}) {
  const text = props.rosterText;
  const names = parseRoster(text);
  const reported = props.rows.map((row) => row.entry.report.header.agencyName);
  const check = names.length > 0 ? checkRoster(names, reported) : undefined;

  return (
    <section aria-labelledby="batch-roster" className="batch-roster">
      <h2 id="batch-roster">名单核对</h2>
      <label>
        应报送的机关（每行一个，可粘贴或打开文本文件）
        <textarea
          className="form-input"
          rows={5}
          value={text}
          onChange={(e) => setRosterText(e.target.value)}
        />
      </label>
      <input
        type="file"
        accept=".txt,text/plain"
        aria-label="打开名单文件"
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          // A roster saved by Notepad on a Chinese Windows is often GBK, not UTF-8.
          if (file)
            void file.arrayBuffer().then((b) => setRosterText(decodeText(new Uint8Array(b))));
        }}
      />
      {check ? (
        <ul className="batch-roster-result">
          <li>
            已报送 {check.received.length} 个，未报送 {check.missing.length} 个，重复报送{' '}
            {check.duplicates.length} 个，不在名单中 {check.unexpected.length} 个。
          </li>
          {check.missing.map((m) => (
            <li key={`missing-${m.expected}`}>
              未报送：{m.expected}
              {m.nearly.length > 0 ? `（相近的报告：${m.nearly.join('、')}）` : ''}
            </li>
          ))}
          {check.duplicates.map((d) => (
            <li key={`twice-${d.expected}`}>
              重复报送：{d.expected}（{d.reports.length} 份）
            </li>
          ))}
          {check.unexpected.map((u, i) => (
            <li key={`extra-${u.report}-${i}`}>
              不在名单中：{u.report}
              {u.nearly.length > 0 ? `（名单中相近的：${u.nearly.join('、')}）` : ''}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
});
