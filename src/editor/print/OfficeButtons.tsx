// The 导出 Word and 导出 Excel buttons, for the print preview and each row of the library. The file
// takes a moment to build (its library loads on first use); the button says so meanwhile, and a
// failure is told in Chinese instead of leaving the user with nothing.

import { useState } from 'react';
import type { RenderOptions } from '../../export/html/context.ts';
import type { Report } from '../../model/report.ts';
import type { Finding } from '../../model/rules/finding.ts';
import { downloadReportDocx, downloadReportXlsx } from './officeFiles.ts';

type Kind = 'docx' | 'xlsx';

const labels: Readonly<Record<Kind, string>> = { docx: '导出 Word', xlsx: '导出 Excel' };

export function OfficeButtons(props: {
  /** Read when a button is pressed, so the file has the report as it is then. */
  readonly current: () => { report: Report; findings: readonly Finding[] };
  readonly options: RenderOptions;
}) {
  const [busy, setBusy] = useState<Kind | undefined>(undefined);
  const [failure, setFailure] = useState<string | undefined>(undefined);

  const run = async (kind: Kind) => {
    setBusy(kind);
    setFailure(undefined);
    const { report, findings } = props.current();
    try {
      if (kind === 'docx') await downloadReportDocx(report, { ...props.options, findings });
      else await downloadReportXlsx(report, findings);
    } catch {
      setFailure(
        `未能生成${kind === 'docx' ? ' Word ' : ' Excel '}文件，请重试；报告没有任何改动。`,
      );
    } finally {
      setBusy(undefined);
    }
  };

  return (
    <>
      {(['docx', 'xlsx'] as const).map((kind) => (
        <button
          key={kind}
          type="button"
          disabled={busy !== undefined}
          aria-busy={busy === kind}
          onClick={() => void run(kind)}
        >
          {busy === kind ? '正在生成…' : labels[kind]}
        </button>
      ))}
      {failure ? <span role="alert">{failure}</span> : null}
    </>
  );
}
