import { SCORE_KINDS } from '@customeric/domain';
import { useSearchParams } from 'react-router';
import { EmptyState } from '../../../components/ui/empty-state.tsx';
import { Loading } from '../../../components/ui/loading.tsx';
import { PageHeader } from '../../../components/ui/page-header.tsx';
import { ProblemAlert } from '../../../components/ui/problem-alert.tsx';
import { useCan } from '../../../lib/permissions.ts';
import { useMarketAnalysis } from '../api/market-api.ts';
import { CompetitorsSection } from './competitors-section.tsx';
import { CorrelationsTable } from './correlations-table.tsx';
import { MarketImport } from './market-import.tsx';
import { MarketMultiples } from './market-multiples.tsx';
import { PeriodsSection } from './periods-section.tsx';

/** Customer scores beside market share, revenue and profit, and what may be concluded from them. */
export function MarketPage() {
  const canWrite = useCan('market.write');
  const [params, setParams] = useSearchParams();
  const kind = SCORE_KINDS.find((value) => value === params.get('kind')) ?? 'nps';
  const analysis = useMarketAnalysis({ grain: 'quarter', kind });
  const data = analysis.data;
  return (
    <>
      <PageHeader
        title="Market"
        description="Customer scores beside market share, revenue and profit, period by period. Correlations use the period-to-period changes, with intervals, and say so when there are too few periods."
      />
      <search className="toolbar">
        <div className="toolbar__field">
          <label className="toolbar__label" htmlFor="market-score">
            Customer score
          </label>
          <select
            id="market-score"
            className="input"
            value={kind}
            onChange={(event) =>
              setParams(event.target.value === 'nps' ? {} : { kind: event.target.value }, {
                replace: true,
              })
            }
          >
            <option value="nps">NPS</option>
            <option value="csat">CSAT (top-2-box)</option>
            <option value="ces">CES (1–7)</option>
          </select>
        </div>
      </search>
      {analysis.isPending ? <Loading label="Loading the market…" /> : null}
      <ProblemAlert error={analysis.error} title="The market figures could not be loaded" />
      {data && data.periods.length === 0 ? (
        <EmptyState title="No market figures yet">
          <p>
            {canWrite
              ? 'Enter a quarter below, import a CSV file, or send the figures from your finance system by API.'
              : 'Someone who may enter market figures (an administrator, the CEO or the CCO) adds them here.'}
          </p>
        </EmptyState>
      ) : null}
      {data && data.periods.length > 0 ? (
        <>
          <p
            className={
              data.verdict.startsWith('Too few') || data.verdict.startsWith('None')
                ? 'alert alert--warning'
                : 'alert alert--success'
            }
            role="status"
          >
            {data.verdict}
          </p>
          <MarketMultiples analysis={data} />
          <section className="card score-section" aria-labelledby="correlations-title">
            <h2 id="correlations-title">Does the score move with the market?</h2>
            <p className="muted">
              Correlation of the score’s change with the market figure’s change in the same quarter
              and later ones. Changes, not levels: two series that both grow correlate whatever
              their relation.
            </p>
            {data.correlations.some((metric) => metric.lags.some((lag) => lag.r !== null)) ? (
              <CorrelationsTable analysis={data} />
            ) : (
              <p className="muted">
                No correlation can be computed yet: each needs at least four pairs of
                period-to-period changes of both series. The table appears here as periods are
                added.
              </p>
            )}
          </section>
        </>
      ) : null}
      <PeriodsSection canWrite={canWrite} />
      <CompetitorsSection canWrite={canWrite} />
      {canWrite ? <MarketImport /> : null}
    </>
  );
}
