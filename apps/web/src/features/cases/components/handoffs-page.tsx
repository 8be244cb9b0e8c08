import type { TLedgerQuery } from '@customeric/contracts';
import { useState } from 'react';
import { EmptyState } from '../../../components/ui/empty-state.tsx';
import { Loading } from '../../../components/ui/loading.tsx';
import { ProblemAlert } from '../../../components/ui/problem-alert.tsx';
import { useBounceRanking, useHandoffFlows, useHeldTimes } from '../api/case-ledger.ts';
import { BounceTable } from './bounce-table.tsx';
import { HeldTimeChart, HeldTimeTable } from './held-time-chart.tsx';
import { FlowTable, SankeyChart } from './sankey-chart.tsx';

const PERIODS: [string, number][] = [
  ['Last 30 days', 30],
  ['Last 90 days', 90],
  ['Last 12 months', 366],
];

function periodOf(days: number): TLedgerQuery {
  const to = new Date();
  const from = new Date(to.getTime() - (days - 1) * 86_400_000);
  return { from: from.toISOString().slice(0, 10), to: to.toISOString().slice(0, 10) };
}

/** The handoff ledger across cases: flows between silos, time held against targets, bounces. */
export function HandoffsPage() {
  const [days, setDays] = useState(366);
  const period = periodOf(days);
  const flows = useHandoffFlows(period);
  const held = useHeldTimes(period);
  const bounces = useBounceRanking(period);
  return (
    <>
      <div className="toolbar">
        <label className="toolbar__field toolbar__field--narrow">
          <span className="toolbar__label">Cases opened in</span>
          <select
            className="input"
            value={days}
            onChange={(event) => setDays(Number(event.target.value))}
          >
            {PERIODS.map(([label, value]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </label>
      </div>
      <section aria-labelledby="flows-title">
        <div className="section-heading">
          <h2 id="flows-title">Where cases go</h2>
          <p className="muted">
            Each band is cases one department handed to another; the wider, the more.
          </p>
        </div>
        {flows.isPending ? <Loading label="Loading the flows…" /> : null}
        <ProblemAlert error={flows.error} title="The flows could not be loaded" />
        {flows.data && flows.data.flows.length === 0 ? (
          <EmptyState title="No handoffs in this period">
            <p>
              When a case is handed to another department (“Hand off…” on a case page), the flow
              appears here. Try a longer period, or open a case and hand it off.
            </p>
          </EmptyState>
        ) : null}
        {flows.data && flows.data.flows.length > 0 ? (
          <>
            <SankeyChart data={flows.data} />
            <details className="disclosure">
              <summary>The flows as a table</summary>
              <FlowTable data={flows.data} />
            </details>
          </>
        ) : null}
      </section>
      <section aria-labelledby="held-title">
        <div className="section-heading">
          <h2 id="held-title">How long each department holds a case</h2>
          <p className="muted">
            Against its operational-level agreement (set under Statuses &amp; targets).
          </p>
        </div>
        {held.isPending ? <Loading label="Loading held times…" /> : null}
        <ProblemAlert error={held.error} title="The held times could not be loaded" />
        {held.data && held.data.items.length === 0 ? (
          <EmptyState title="No cases in this period">
            <p>Held times appear once cases are opened and placed with a department.</p>
          </EmptyState>
        ) : null}
        {held.data && held.data.items.length > 0 ? (
          <>
            <HeldTimeChart data={held.data} />
            <HeldTimeTable data={held.data} />
          </>
        ) : null}
      </section>
      <section aria-labelledby="bounces-title">
        <div className="section-heading">
          <h2 id="bounces-title">Handoffs that bounce</h2>
          <p className="muted">
            The receiving department sent the case straight back: a sign the handoff is unclear.
          </p>
        </div>
        <ProblemAlert error={bounces.error} title="The bounces could not be loaded" />
        {bounces.data && bounces.data.items.length === 0 ? (
          <EmptyState title="No handoff came straight back">
            <p>Good news: in this period no department returned a case to the one that sent it.</p>
          </EmptyState>
        ) : null}
        {bounces.data && bounces.data.items.length > 0 ? <BounceTable data={bounces.data} /> : null}
      </section>
    </>
  );
}
