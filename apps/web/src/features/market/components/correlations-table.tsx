import type { TMarketAnalysis } from '@customeric/contracts';

const VERDICTS = {
  too_few_periods: 'Too few periods',
  no_evidence: 'No evidence',
  positive: 'Move together',
  negative: 'Move apart',
} as const;

const lagText = (lag: number, grain: string) =>
  lag === 0 ? 'same period' : `${lag} ${grain}${lag > 1 ? 's' : ''} later`;

/** Correlations of the changes, lag by lag, each with its interval and effective periods. */
export function CorrelationsTable({ analysis }: { analysis: TMarketAnalysis }) {
  return (
    <div className="table-wrap">
      <table className="table correlations-table">
        <caption className="visually-hidden">
          Lagged correlations of the score’s changes with the market’s changes
        </caption>
        <thead>
          <tr>
            <th scope="col">Market figure</th>
            <th scope="col">Taken</th>
            <th scope="col">Pairs of changes</th>
            <th scope="col">r</th>
            <th scope="col">95 % interval</th>
            <th scope="col">Effective periods</th>
            <th scope="col">What it says</th>
          </tr>
        </thead>
        <tbody>
          {analysis.correlations.flatMap((metric) =>
            metric.lags.map((lag) => (
              <tr
                key={`${metric.metric}-${lag.lag}`}
                className={lag.verdict === 'too_few_periods' ? 'table__row--muted' : undefined}
              >
                <th scope="row">{lag.lag === 0 ? metric.label : ''}</th>
                <td>{lagText(lag.lag, analysis.grain)}</td>
                <td>{lag.n}</td>
                <td>{lag.r === null ? '—' : lag.r.toFixed(2)}</td>
                <td>
                  {lag.low === null || lag.high === null
                    ? '—'
                    : `${lag.low.toFixed(2)} to ${lag.high.toFixed(2)}`}
                </td>
                <td>{lag.effectiveN === null ? '—' : lag.effectiveN.toFixed(1)}</td>
                <td>
                  <strong>{VERDICTS[lag.verdict]}.</strong> {lag.explanation}
                </td>
              </tr>
            )),
          )}
        </tbody>
      </table>
    </div>
  );
}
