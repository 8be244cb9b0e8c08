import type { TCaseLedger } from '@customeric/contracts';
import { Loading } from '../../../components/ui/loading.tsx';
import { ProblemAlert } from '../../../components/ui/problem-alert.tsx';
import { formatDateTime } from '../../../lib/format.ts';
import { useCaseLedger } from '../api/case-ledger.ts';
import { formatHours } from '../case-labels.ts';

function HeldBars({ ledger }: { ledger: TCaseLedger }) {
  const longest = Math.max(
    1,
    ...ledger.heldByDepartment.map((held) => Math.max(held.hours, held.olaHours)),
  );
  return (
    <ul className="held-bars" aria-label="Time held per department against its target">
      {ledger.heldByDepartment.map((held) => {
        const over = held.hours > held.olaHours * held.stints;
        return (
          <li key={held.departmentId} className="held-bars__row">
            <span className="held-bars__name">{held.departmentName}</span>
            <span className="held-bars__track">
              <span
                className={over ? 'held-bars__bar held-bars__bar--over' : 'held-bars__bar'}
                style={{ width: `${(held.hours / longest) * 100}%` }}
              />
              <span
                className="held-bars__target"
                style={{ left: `${(held.olaHours / longest) * 100}%` }}
                title={`Target ${formatHours(held.olaHours)} per hold`}
              />
            </span>
            <span className="held-bars__value">
              {formatHours(held.hours)}
              {held.stints > 1 ? ` in ${held.stints} holds` : ''}
              {over ? ' · over target' : ''}
            </span>
          </li>
        );
      })}
    </ul>
  );
}

/** The handoff ledger of this case: who held it how long, where it went and why, bounces. */
export function CaseLedgerSection({ caseId }: { caseId: string }) {
  const ledger = useCaseLedger(caseId);
  if (ledger.isPending) return <Loading label="Loading the ledger…" />;
  if (ledger.isError)
    return <ProblemAlert error={ledger.error} title="The ledger could not be loaded" />;
  const data = ledger.data;
  return (
    <section aria-labelledby="ledger-title" className="case-ledger">
      <div className="section-heading">
        <h2 id="ledger-title">Handoff ledger</h2>
        <p className="muted">
          {data.handoffCount === 0
            ? 'Not handed off: one department has held it throughout.'
            : `${data.handoffCount} handoff${data.handoffCount === 1 ? '' : 's'}, ${data.bounceCount} bounce${data.bounceCount === 1 ? '' : 's'}${data.cameBack ? ', and it came back to where it started' : ''}.`}
        </p>
      </div>
      {data.heldByDepartment.length > 0 ? <HeldBars ledger={data} /> : null}
      {data.steps.length > 0 ? (
        <ol className="ledger-steps">
          {data.steps.map((step) => (
            <li
              key={step.id}
              className={
                step.isBounce
                  ? 'ledger-steps__step ledger-steps__step--bounce'
                  : 'ledger-steps__step'
              }
            >
              <p className="ledger-steps__head">
                <strong>
                  {step.fromDepartmentName ?? 'Not placed'} → {step.toDepartmentName}
                </strong>
                {step.isBounce ? <span className="tag tag--warning">bounce</span> : null}
                {step.toUserName ? <span className="muted"> to {step.toUserName}</span> : null}
              </p>
              <p className="ledger-steps__reason">“{step.reason}”</p>
              <p className="ledger-steps__meta">
                <time dateTime={step.at}>{formatDateTime(step.at)}</time>
                {step.actorName ? ` · by ${step.actorName}` : ''}
              </p>
            </li>
          ))}
        </ol>
      ) : null}
    </section>
  );
}
