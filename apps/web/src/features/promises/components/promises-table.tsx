import type { TPromiseView } from '@customeric/contracts';
import { Link } from 'react-router';
import { ProblemAlert } from '../../../components/ui/problem-alert.tsx';
import { useCompliance } from '../api/get-compliance.ts';
import { useSetPromiseActive } from '../api/save-promise.ts';
import { daysAgo, formatCount, formatRate } from '../format.ts';
import { ComplianceBar } from './charts/compliance-bar.tsx';
import { Sparkline } from './charts/sparkline.tsx';

function ownerOf(promise: TPromiseView): string {
  // The chain itself is in the next column.
  if (promise.ownerKind === 'value_chain_manager') return 'Value Chain Manager';
  return promise.ownerDepartmentName ?? 'No department';
}

/** Thirteen weeks of rates per promise, one request for the whole list. */
function useWeeklyRates() {
  const report = useCompliance({
    groupBy: 'promise',
    period: 'week',
    from: daysAgo(91),
    limit: 200,
  });
  const byPromise = new Map<string, (number | null)[]>();
  for (const group of report.data?.groups ?? [])
    if (group.key)
      byPromise.set(
        group.key,
        group.series.map((point) => point.rate),
      );
  return byPromise;
}

function ComplianceCell({ promise }: { promise: TPromiseView }) {
  const { kept, broken, open, rate } = promise.compliance;
  return (
    <td className="table__nowrap">
      <ComplianceBar rate={rate} target={promise.targetRate} label={promise.internalName} />
      <span className="cell-sub">
        {formatRate(rate)} of {formatCount(kept + broken)} · target {formatRate(promise.targetRate)}
        {open > 0 ? ` · ${formatCount(open)} open` : ''}
      </span>
      {promise.evaluation && !promise.evaluation.finishedAt ? (
        <span className="cell-sub cell-sub--warning">Re-evaluating history…</span>
      ) : null}
    </td>
  );
}

export function PromisesTable({
  promises,
  canWrite,
}: {
  promises: TPromiseView[];
  canWrite: boolean;
}) {
  const rates = useWeeklyRates();
  const setActive = useSetPromiseActive();
  return (
    <>
      <ProblemAlert error={setActive.error} title="The promise was not switched" />
      <div className="table-wrap">
        <table className="table promises-table">
          <thead>
            <tr>
              <th scope="col">Promise</th>
              <th scope="col">Owner</th>
              <th scope="col">Value chain · stage</th>
              <th scope="col">Last 90 days</th>
              <th scope="col">13 weeks</th>
              <th scope="col">Active</th>
            </tr>
          </thead>
          <tbody>
            {promises.map((promise) => (
              <tr key={promise.id} className={promise.active ? undefined : 'table__row--muted'}>
                <th scope="row" className="promises-table__promise">
                  <Link to={`/promises/${promise.id}`} className="promises-table__wording">
                    {promise.customerWording}
                  </Link>
                  <span className="cell-sub">
                    {promise.internalName} · <span className="muted">{promise.ruleSentence}</span>
                  </span>
                </th>
                <td>
                  {ownerOf(promise)}
                  {promise.accountableUserName ? (
                    <span className="cell-sub">{promise.accountableUserName}</span>
                  ) : null}
                </td>
                <td>
                  {promise.valueChainName ?? '—'}
                  {promise.stageName ? <span className="cell-sub">{promise.stageName}</span> : null}
                </td>
                <ComplianceCell promise={promise} />
                <td>
                  <Sparkline
                    values={rates.get(promise.id) ?? []}
                    target={promise.targetRate}
                    label={`Weekly compliance of ${promise.internalName}`}
                  />
                </td>
                <td>
                  <label className="switch">
                    <input
                      type="checkbox"
                      role="switch"
                      aria-checked={promise.active}
                      checked={promise.active}
                      disabled={!canWrite || setActive.isPending}
                      onChange={(event) =>
                        setActive.mutate({ promiseId: promise.id, active: event.target.checked })
                      }
                    />
                    <span className="visually-hidden">Active: {promise.internalName}</span>
                  </label>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
