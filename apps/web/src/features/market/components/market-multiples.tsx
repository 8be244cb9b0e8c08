import type { TMarketAnalysis } from '@customeric/contracts';
import { MarketPanel } from './market-panel.tsx';

/** A true minus sign (−11, not -11), as on the scores screens. */
const minus = (text: string) => text.replace(/^-/, '−');
const money = (value: number) =>
  minus(
    Math.abs(value) >= 1e6
      ? `${(value / 1e6).toFixed(1)} M`
      : Math.abs(value) >= 1e3
        ? `${(value / 1e3).toFixed(0)} k`
        : value.toFixed(0),
  );
const share = (value: number) => `${(value * 100).toFixed(1)} %`;

/** The customer score and the market's figures, each in its own panel over the same periods. */
export function MarketMultiples({ analysis }: { analysis: TMarketAnalysis }) {
  const labels = analysis.periods.map((p) => p.period);
  const names = [...new Set(analysis.periods.flatMap((p) => p.competitors.map((c) => c.name)))];
  const scoreName = analysis.kind === 'nps' ? 'NPS' : analysis.kind === 'csat' ? 'CSAT %' : 'CES';
  return (
    <div className="market-multiples">
      <MarketPanel
        title={`${scoreName} (with 95 % intervals)`}
        labels={labels}
        series={[
          {
            name: scoreName,
            values: analysis.periods.map((p) => p.score?.value ?? null),
            intervals: analysis.periods.map((p) =>
              p.score
                ? { low: p.score.low, high: p.score.high, n: p.score.n, small: p.score.smallSample }
                : null,
            ),
          },
        ]}
        format={(v) => minus(v.toFixed(analysis.kind === 'ces' ? 1 : 0))}
      />
      <MarketPanel
        title="Our market share"
        labels={labels}
        series={[{ name: 'Us', values: analysis.periods.map((p) => p.ourShare) }]}
        format={share}
      />
      <MarketPanel
        title="Competitors’ shares"
        labels={labels}
        series={names.map((name) => ({
          name,
          values: analysis.periods.map(
            (p) => p.competitors.find((c) => c.name === name)?.share ?? null,
          ),
        }))}
        format={share}
      />
      <MarketPanel
        title="Revenue"
        labels={labels}
        series={[{ name: 'Revenue', values: analysis.periods.map((p) => p.revenue) }]}
        format={money}
      />
      <MarketPanel
        title="Profit"
        labels={labels}
        series={[{ name: 'Profit', values: analysis.periods.map((p) => p.profit) }]}
        format={money}
      />
      <MarketPanel
        title="Market size"
        labels={labels}
        series={[{ name: 'Market', values: analysis.periods.map((p) => p.marketSize) }]}
        format={money}
      />
    </div>
  );
}
