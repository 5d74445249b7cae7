import { severityLabels, type Finding } from '../../model/rules/finding.ts';

interface FindingsSummaryProps {
  readonly findings: readonly Finding[];
}

export function FindingsSummary({ findings }: FindingsSummaryProps) {
  return (
    <section className="findings" aria-labelledby="findings-heading">
      <h2 id="findings-heading">检查结果</h2>
      {findings.length === 0 ? (
        <p>未发现问题。</p>
      ) : (
        <ul aria-labelledby="findings-heading">
          {findings.map((finding, index) => (
            // The list is derived afresh on every render and never reordered in place.
            <li key={index} className={`finding finding-${finding.severity}`}>
              <span className="finding-severity">{severityLabels[finding.severity]}</span>
              <span className="finding-message">{finding.message}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
