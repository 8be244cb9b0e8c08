import type { TCustomerPromises } from '@customeric/contracts';
import { Link } from 'react-router';
import { Loading } from '../../../components/ui/loading.tsx';
import { ProblemAlert } from '../../../components/ui/problem-alert.tsx';
import { formatDateTime } from '../../../lib/format.ts';
import { useCustomerPromises } from '../api/get-customer-promises.ts';

const percent = (rate: number | null) => (rate === null ? '—' : `${Math.round(rate * 100)} %`);

function PromiseRows({ data }: { data: TCustomerPromises }) {
  return (
    <ul className="customer-promises__list">
      {data.promises.map((row) => (
        <li key={row.promiseId} className="customer-promises__row">
          <span>
            <strong>{row.internalName}</strong>
            <span className="cell-sub">{row.customerWording}</span>
          </span>
          <span className="customer-promises__numbers">
            {percent(row.rate)} kept
            <span className="cell-sub">
              {row.kept} kept · {row.broken} broken{row.open > 0 ? ` · ${row.open} open` : ''}
            </span>
          </span>
        </li>
      ))}
    </ul>
  );
}

function RecentOutcomes({ data }: { data: TCustomerPromises }) {
  if (data.recent.length === 0) return null;
  return (
    <details className="disclosure">
      <summary>The {data.recent.length} latest outcomes</summary>
      <ol className="customer-promises__recent">
        {data.recent.map((outcome) => (
          <li key={outcome.key}>
            <span className={`outcome outcome--${outcome.status}`}>{outcome.status}</span>{' '}
            <strong>{outcome.promiseName}</strong>: {outcome.reason}{' '}
            <span className="muted">({formatDateTime(outcome.startedAt)})</span>
          </li>
        ))}
      </ol>
    </details>
  );
}

/** Part of the customer 360: which promises of the Bill of Rights this customer got, kept or broken. */
export function CustomerPromises({
  customerId,
  enabled,
}: {
  customerId: string;
  enabled: boolean;
}) {
  const promises = useCustomerPromises(customerId, enabled);
  if (!enabled) return null;
  const data = promises.data;
  return (
    <section className="card customer-promises" aria-labelledby="customer-promises-title">
      <div className="section-heading section-heading--tight">
        <h2 id="customer-promises-title">Promises</h2>
        {data ? (
          <p className="muted">
            {percent(data.totals.rate)} kept · {data.totals.broken} broken
            {data.activeBreaches === 1 ? ' · 1 breach counts' : ''}
            {data.activeBreaches > 1 ? ` · ${data.activeBreaches} breaches count` : ''}
          </p>
        ) : null}
      </div>
      {promises.isPending ? <Loading label="Loading promises…" /> : null}
      <ProblemAlert error={promises.error} title="The promises could not be loaded" />
      {data && data.promises.length === 0 ? (
        <p className="muted">
          No promise of the Bill of Rights has been measured for this customer yet.
        </p>
      ) : null}
      {data && data.promises.length > 0 ? (
        <>
          <PromiseRows data={data} />
          <RecentOutcomes data={data} />
          <p>
            <Link to={`/promises/breaches?customerId=${encodeURIComponent(customerId)}&state=all`}>
              This customer’s breaches with their evidence
            </Link>
          </p>
        </>
      ) : null}
    </section>
  );
}
