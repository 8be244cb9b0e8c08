import type { TScoreWhy } from '@customeric/contracts';
import { EvidenceList } from './evidence-list.tsx';

/** The plain-language summary, written by the server from the numbers below it. */
export function WhySummaryCard({ why }: { why: TScoreWhy }) {
  const [headline, ...reasons] = why.summary;
  return (
    <section className="card why-summary" aria-labelledby="why-summary-title">
      <h2 id="why-summary-title" className="visually-hidden">
        Summary
      </h2>
      {headline ? (
        <p className="why-summary__headline">
          {headline.text} <EvidenceList links={headline.evidence} />
        </p>
      ) : null}
      {reasons.length > 0 ? (
        <ol className="why-summary__reasons">
          {reasons.map((reason) => (
            <li key={reason.text}>
              {reason.text} <EvidenceList links={reason.evidence} />
            </li>
          ))}
        </ol>
      ) : null}
    </section>
  );
}
