import type { TMarketPeriod } from '@customeric/contracts';
import { useState } from 'react';
import { ConfirmButton } from '../../../components/ui/confirm-button.tsx';
import { ProblemAlert } from '../../../components/ui/problem-alert.tsx';
import { useCompetitors, useDeleteMarketPeriod, useMarketPeriods } from '../api/market-api.ts';
import { PeriodForm } from './period-form.tsx';

const money = (value: number | null) =>
  value === null ? '—' : value.toLocaleString('en', { maximumFractionDigits: 0 });
const share = (value: number | null) => (value === null ? '—' : `${(value * 100).toFixed(1)} %`);

/** Every period's figures, newest first, with entry and correction for those who may write. */
export function PeriodsSection({ canWrite }: { canWrite: boolean }) {
  const periods = useMarketPeriods();
  const competitors = useCompetitors();
  const remove = useDeleteMarketPeriod();
  const [editing, setEditing] = useState<TMarketPeriod | 'new' | null>(null);
  const items = [...(periods.data?.items ?? [])].reverse();
  return (
    <section className="card score-section" aria-labelledby="periods-title">
      <div className="section-heading">
        <h2 id="periods-title">Market figures</h2>
        {canWrite && editing === null ? (
          <button type="button" className="button" onClick={() => setEditing('new')}>
            Enter a period
          </button>
        ) : null}
      </div>
      <ProblemAlert error={periods.error ?? remove.error} />
      {editing !== null ? (
        <PeriodForm
          competitors={competitors.data?.items ?? []}
          editing={editing === 'new' ? null : editing}
          onDone={() => setEditing(null)}
        />
      ) : null}
      {items.length === 0 ? (
        <p className="muted">
          No figures yet. Enter a period, import a CSV file below, or send them by API (POST
          /api/market/periods:batch).
        </p>
      ) : (
        <div className="table-wrap">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">Period</th>
                <th scope="col">Market size</th>
                <th scope="col">Our share</th>
                <th scope="col">Competitors</th>
                <th scope="col">Revenue</th>
                <th scope="col">Profit</th>
                <th scope="col">Source</th>
                {canWrite ? (
                  <th scope="col">
                    <span className="visually-hidden">Actions</span>
                  </th>
                ) : null}
              </tr>
            </thead>
            <tbody>
              {items.map((period) => (
                <tr key={period.id}>
                  <th scope="row">{period.period}</th>
                  <td>{money(period.marketSize)}</td>
                  <td>{share(period.ourShare)}</td>
                  <td>
                    {period.competitors.map((c) => `${c.name} ${share(c.share)}`).join(', ') || '—'}
                  </td>
                  <td>
                    {money(period.revenue)} {period.currency ?? ''}
                  </td>
                  <td>
                    {money(period.profit)} {period.currency ?? ''}
                  </td>
                  <td>{period.source}</td>
                  {canWrite ? (
                    <td className="table__actions">
                      <button
                        type="button"
                        className="button button--small"
                        onClick={() => setEditing(period)}
                      >
                        Change
                      </button>
                      <ConfirmButton
                        label="Remove"
                        question={`Remove ${period.period}?`}
                        confirmLabel="Remove"
                        onConfirm={() => remove.mutate(period.period)}
                      />
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
