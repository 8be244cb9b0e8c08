import type { TScoreWhy } from '@customeric/contracts';
import type { TScoreKind } from '@customeric/domain';
import { VerticalGrid } from '../../../components/ui/chart-grid.tsx';
import { niceTicks } from '../chart-scale.ts';
import { formatChange, formatScore, percent } from '../format.ts';
import { useChartWidth } from '../use-chart-width.ts';

const ROW = 30;
const TOP = 8;
const BOTTOM = 24;
const RIGHT = 36;

interface TStep {
  label: string;
  from: number;
  to: number;
  kind: 'total' | 'up' | 'down';
}

function stepsOf(why: TScoreWhy): TStep[] {
  const mix = why.mix;
  if (!mix || why.value1 === null || why.value2 === null) return [];
  const steps: TStep[] = [{ label: why.period1.label, from: 0, to: why.value1, kind: 'total' }];
  let level = why.value1;
  for (const segment of [...mix.segments].sort((a, b) => Math.abs(b.total) - Math.abs(a.total))) {
    steps.push({
      label: segment.label,
      from: level,
      to: level + segment.total,
      kind: segment.total < 0 ? 'down' : 'up',
    });
    level += segment.total;
  }
  steps.push({ label: why.period2.label, from: 0, to: why.value2, kind: 'total' });
  return steps;
}

/** One row per step: the total bars start at zero, each segment's bar where the last one ended. */
function WaterfallChart({ why, steps }: { why: TScoreWhy; steps: TStep[] }) {
  const [box, width] = useChartWidth<HTMLDivElement>(720);
  const kind = why.kind as TScoreKind;
  const label = Math.min(150, Math.max(110, Math.round(width * 0.3)));
  // NPS totals grow from zero; a CSAT or CES total from zero would squash the steps to nothing,
  // so theirs start at the axis' left end, which then spans only the values.
  const zero = kind === 'nps' ? [0] : [];
  const values = [
    ...zero,
    ...steps.flatMap((step) => (step.kind === 'total' ? [step.to] : [step.from, step.to])),
  ];
  const ticks = niceTicks(
    Math.min(...values),
    Math.max(...values),
    Math.max(2, Math.floor((width - label) / 80)),
  );
  const [low, high] = [ticks[0] as number, ticks.at(-1) as number];
  const start = (step: TStep) => (step.kind === 'total' && kind !== 'nps' ? low : step.from);
  const x = (v: number) => label + ((v - low) / (high - low || 1)) * (width - label - RIGHT);
  const height = TOP + steps.length * ROW + BOTTOM;
  const room = Math.floor((label - 8) / 6.5);
  return (
    <div ref={box}>
      <svg
        viewBox={`0 0 ${width} ${height}`}
        className="score-chart__svg"
        role="img"
        aria-label="Change by segment, as a waterfall"
      >
        <VerticalGrid
          ticks={ticks}
          x={x}
          from={TOP}
          to={height - BOTTOM}
          labelAt={height - 8}
          format={(tick) => formatScore(kind, tick)}
        />
        {kind === 'nps' ? (
          <line
            className="score-chart__reference"
            x1={x(0)}
            x2={x(0)}
            y1={TOP}
            y2={height - BOTTOM}
          />
        ) : null}
        {steps.map((step, index) => {
          const top = TOP + index * ROW;
          const from = start(step);
          const [left, right] = [x(Math.min(from, step.to)), x(Math.max(from, step.to))];
          const text =
            step.kind === 'total'
              ? formatScore(kind, step.to)
              : formatChange(kind, step.to - step.from);
          // The value sits right of its bar, clear of the names on the left; inside at the edge.
          const outside = right + 4 + text.length * 7 < width;
          return (
            <g key={step.label}>
              <text
                className="score-chart__label"
                x={label - 8}
                y={top + ROW / 2 + 4}
                textAnchor="end"
              >
                {step.label.length > room ? `${step.label.slice(0, room - 1)}…` : step.label}
              </text>
              <rect
                className={`waterfall__bar waterfall__bar--${step.kind}`}
                x={left}
                width={Math.max(1, right - left)}
                y={top + 6}
                height={ROW - 12}
              >
                <title>{`${step.label}: ${text}`}</title>
              </rect>
              <text
                className="score-chart__value"
                x={outside ? right + 4 : right - 4}
                y={top + ROW / 2 + 4}
                textAnchor={outside ? 'start' : 'end'}
              >
                {text}
              </text>
            </g>
          );
        })}
      </svg>
    </div>
  );
}

/** From the first period's score to the second's, one step per segment (its mix + rate effect). */
export function MixWaterfall({ why }: { why: TScoreWhy }) {
  const kind = why.kind as TScoreKind;
  const steps = stepsOf(why);
  if (steps.length === 0 || !why.mix) return null;
  return (
    <section className="card score-section" aria-labelledby="mix-title">
      <h2 id="mix-title">Who answered, or how they felt</h2>
      <p className="muted">
        Each step is one segment’s part of the change (Kitagawa / Das Gupta, exact):{' '}
        {formatChange(kind, why.mix.rate)} from how customers felt within their segments,{' '}
        {formatChange(kind, why.mix.mix)} from the mix of who answered.
      </p>
      <WaterfallChart why={why} steps={steps} />
      <div className="table-wrap">
        <table className="table">
          <caption className="visually-hidden">Mix and rate by segment</caption>
          <thead>
            <tr>
              <th scope="col">Segment</th>
              <th scope="col">Share of answers</th>
              <th scope="col">Its score</th>
              <th scope="col">Its own change</th>
              <th scope="col">Rate effect</th>
              <th scope="col">Mix effect</th>
            </tr>
          </thead>
          <tbody>
            {why.mix.segments.map((segment) => (
              <tr key={segment.label}>
                <th scope="row">{segment.label}</th>
                <td>
                  {percent(segment.share1)} → {percent(segment.share2)}{' '}
                  <span className="muted">
                    ({segment.n1} → {segment.n2})
                  </span>
                </td>
                <td>
                  {segment.value1 === null ? '—' : formatScore(kind, segment.value1)} →{' '}
                  {segment.value2 === null ? '—' : formatScore(kind, segment.value2)}
                </td>
                <td>
                  {segment.change
                    ? `${formatChange(kind, segment.change.delta)} (${formatChange(kind, segment.change.low)} to ${formatChange(kind, segment.change.high)})${segment.change.real ? ' •' : ''}`
                    : '—'}
                </td>
                <td>{formatChange(kind, segment.rate)}</td>
                <td>{formatChange(kind, segment.mix)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {why.factors ? (
        <p className="muted">
          Shapley split over segment, stage and department:{' '}
          {why.factors
            .map((factor) => `${factor.label} ${formatChange(kind, factor.effect)}`)
            .join('; ')}
          .
        </p>
      ) : null}
    </section>
  );
}
