import type { TPromiseBreachDetail } from '@customeric/contracts';
import { useEffect, useRef } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { Loading } from '../../../../components/ui/loading.tsx';
import { ProblemAlert } from '../../../../components/ui/problem-alert.tsx';
import { formatDateTime } from '../../../../lib/format.ts';
import { useBreach } from '../../api/get-breaches.ts';

/** The attributes that explain a breach (the promised date, the invoice total…), shortly. */
function describeAttributes(attributes: Record<string, unknown>): string {
  return Object.entries(attributes)
    .slice(0, 6)
    .map(
      ([key, value]) =>
        `${key}: ${typeof value === 'object' ? JSON.stringify(value) : String(value)}`,
    )
    .join(' · ');
}

function Facts({ breach }: { breach: TPromiseBreachDetail }) {
  return (
    <dl className="facts">
      <dt>Customer</dt>
      <dd>
        <Link to={`/customers/${breach.customerId}`}>{breach.customerName}</Link>
        {breach.segment ? <span className="muted"> · {breach.segment}</span> : null}
      </dd>
      <dt>Accountable</dt>
      <dd>
        {breach.accountableDepartmentName ?? 'No department'}
        {breach.accountableUserName ? ` · ${breach.accountableUserName}` : ''}
      </dd>
      <dt>Due</dt>
      <dd>{breach.dueAt ? formatDateTime(breach.dueAt) : 'no deadline'}</dd>
      <dt>Broken</dt>
      <dd>{formatDateTime(breach.brokenAt)}</dd>
      <dt>Detected</dt>
      <dd>{formatDateTime(breach.detectedAt)}</dd>
      {breach.withdrawnAt ? (
        <>
          <dt>Withdrawn</dt>
          <dd>
            {formatDateTime(breach.withdrawnAt)}: {breach.withdrawnReason ?? 'kept by a late event'}
          </dd>
        </>
      ) : null}
    </dl>
  );
}

function Evidence({ breach }: { breach: TPromiseBreachDetail }) {
  return (
    <section aria-labelledby="evidence-title">
      <h3 id="evidence-title">Evidence</h3>
      <ol className="timeline">
        {breach.evidence.map((event) => (
          <li key={event.id} className="timeline__item">
            <span className="timeline__dot timeline__dot--evidence" aria-hidden="true" />
            <div>
              <p className="timeline__head">
                <strong>{event.type}</strong>
                {event.amount === null ? null : <span>{event.amount.toLocaleString()}</span>}
              </p>
              <p className="timeline__meta">
                <time dateTime={event.occurredAt}>{formatDateTime(event.occurredAt)}</time> ·{' '}
                {event.source} {event.externalId}
              </p>
              {Object.keys(event.attributes).length > 0 ? (
                <p className="timeline__attributes">{describeAttributes(event.attributes)}</p>
              ) : null}
            </div>
          </li>
        ))}
      </ol>
    </section>
  );
}

/** One breach over the list, as a modal dialog: Esc or Close returns to the same list. */
export function BreachDrawer() {
  const { breachId = '' } = useParams();
  const breach = useBreach(breachId);
  const navigate = useNavigate();
  const { search } = useLocation();
  const dialog = useRef<HTMLDialogElement>(null);
  const close = () => navigate(`/promises/breaches${search}`);

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
  }, []);

  return (
    <dialog
      ref={dialog}
      className="drawer"
      aria-labelledby="breach-title"
      onCancel={(event) => {
        event.preventDefault();
        close();
      }}
    >
      <div className="drawer__head">
        <h2 id="breach-title">{breach.data ? breach.data.promiseName : 'Breach'}</h2>
        <button type="button" className="button button--small" onClick={close}>
          Close
        </button>
      </div>
      {breach.isPending ? <Loading label="Loading the breach…" /> : null}
      <ProblemAlert error={breach.error} title="The breach could not be loaded" />
      {breach.data ? (
        <>
          <p className="drawer__wording">“{breach.data.customerWording}”</p>
          {breach.data.withdrawnAt ? (
            <p className="badge badge--kept">kept by a late event</p>
          ) : null}
          <p>{breach.data.reason}</p>
          <Facts breach={breach.data} />
          <Evidence breach={breach.data} />
        </>
      ) : null}
    </dialog>
  );
}
