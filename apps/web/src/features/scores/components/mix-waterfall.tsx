import type { TScoreWhy } from '@customeric/contracts';
import type { TScoreKind } from '@customeric/domain';
import { formatChange, formatScore, percent } from '../format.ts';

const WIDTH = 640;
const LEFT = 44;
const TOP = 14;
const BOTTOM = 46;
const HEIGHT = 260;

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

/** From the first period's score to the second's, one step per segment (its mix + rate effect). */
export function MixWaterfall({ why }: { why: TScoreWhy }) {
  const kind = why.kind as TScoreKind;
  const steps = stepsOf(why);
  if (steps.length === 0 || !why.mix) return null;
  const values = steps.flatMap((step) => [step.from, step.to]);
  const low = Math.min(0, ...values);
  const high = Math.max(0, ...values);
  const pad = (high - low) * 0.1 || 1;
  const y = (v: number) =>
    TOP + (1 - (v - (low - pad)) / (high - low + 2 * pad)) * (HEIGHT - TOP - BOTTOM);
  const slot = (WIDTH - LEFT) / steps.length;
  return (
    <section className="card score-section" aria-labelledby="mix-title">
      <h2 id="mix-title">Who answered, or how they felt</h2>
      <p className="muted">
        Each step is one segment’s part of the change (Kitagawa / Das Gupta, exact):{' '}
        {formatChange(kind, why.mix.rate)} from how customers felt within their segments,{' '}
        {formatChange(kind, why.mix.mix)} from the mix of who answered.
      </p>
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        className="score-chart__svg"
        role="img"
        aria-label="Change by segment, as a waterfall"
      >
        <line className="score-chart__reference" x1={LEFT} x2={WIDTH} y1={y(0)} y2={y(0)} />
        {steps.map((step, index) => {
          const top = y(Math.max(step.from, step.to));
          const bottom = y(Math.min(step.from, step.to));
          return (
            <g key={step.label}>
              <rect
                className={`waterfall__bar waterfall__bar--${step.kind}`}
                x={LEFT + index * slot + 6}
                width={slot - 12}
                y={top}
                height={Math.max(1, bottom - top)}
              >
                <title>{`${step.label}: ${step.kind === 'total' ? formatScore(kind, step.to) : formatChange(kind, step.to - step.from)}`}</title>
              </rect>
              <text
                className="score-chart__value"
                x={LEFT + (index + 0.5) * slot}
                y={top - 4}
                textAnchor="middle"
              >
                {step.kind === 'total'
                  ? formatScore(kind, step.to)
                  : formatChange(kind, step.to - step.from)}
              </text>
              <text
                className="score-chart__axis"
                x={LEFT + (index + 0.5) * slot}
                y={HEIGHT - 26}
                textAnchor="middle"
              >
                {step.label.length > 14 ? `${step.label.slice(0, 13)}…` : step.label}
              </text>
            </g>
          );
        })}
      </svg>
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
