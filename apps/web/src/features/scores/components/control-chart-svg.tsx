import type { TControlWeek, TScoreControlChart } from '@customeric/contracts';
import type { TScoreKind } from '@customeric/domain';
import { formatScore } from '../format.ts';

const WIDTH = 640;
const LEFT = 44;
const RIGHT = 12;
const TOP = 10;
const BOTTOM = 26;

interface TPanelProps {
  chart: TScoreControlChart;
  height: number;
  title: string;
  value: (week: TControlWeek) => number | null;
  lower: (week: TControlWeek) => number | null;
  upper: (week: TControlWeek) => number | null;
  signal: (week: TControlWeek) => 'up' | 'down' | null;
}

function extent(chart: TScoreControlChart, picks: ((week: TControlWeek) => number | null)[]) {
  const values = chart.weeks
    .flatMap((week) => picks.map((pick) => pick(week)))
    .filter((v): v is number => v !== null);
  const low = Math.min(...values, chart.weeks[0]?.centre ?? 0);
  const high = Math.max(...values, chart.weeks[0]?.centre ?? 0);
  const pad = (high - low) * 0.08 || 1;
  return [low - pad, high + pad] as const;
}

/** Limits that change week by week are drawn as steps: each week's limit spans its own slot. */
function stepPath(
  weeks: readonly TControlWeek[],
  pick: (week: TControlWeek) => number | null,
  x: (i: number) => number,
  y: (v: number) => number,
  half: number,
) {
  return weeks
    .map((week, index) => {
      const value = pick(week);
      return value === null ? '' : `M${x(index) - half},${y(value)}H${x(index) + half}`;
    })
    .join('');
}

/** One panel of a control chart: points, centre, limits, and signals in colour. */
export function ControlPanel({ chart, height, title, value, lower, upper, signal }: TPanelProps) {
  const kind = chart.kind as TScoreKind;
  const [low, high] = extent(chart, [value, lower, upper]);
  const slot = (WIDTH - LEFT - RIGHT) / Math.max(1, chart.weeks.length);
  const x = (index: number) => LEFT + (index + 0.5) * slot;
  const y = (v: number) => TOP + (1 - (v - low) / (high - low)) * (height - TOP - BOTTOM);
  const centre = chart.weeks[0]?.centre ?? 0;
  const line = chart.weeks
    .flatMap((week, index) => {
      const v = value(week);
      return v === null ? [] : [`${x(index)},${y(v)}`];
    })
    .join(' ');
  const every = Math.max(1, Math.ceil(chart.weeks.length / 9));
  return (
    <svg
      viewBox={`0 0 ${WIDTH} ${height}`}
      className="score-chart__svg"
      role="img"
      aria-label={title}
    >
      {[low, centre, high].map((tick) => (
        <text
          key={tick}
          className="score-chart__axis"
          x={LEFT - 6}
          y={y(tick) + 4}
          textAnchor="end"
        >
          {formatScore(kind, tick)}
        </text>
      ))}
      <line
        className="control__centre"
        x1={LEFT}
        x2={WIDTH - RIGHT}
        y1={y(centre)}
        y2={y(centre)}
      />
      <path className="control__limit" d={stepPath(chart.weeks, upper, x, y, slot / 2)} />
      <path className="control__limit" d={stepPath(chart.weeks, lower, x, y, slot / 2)} />
      <polyline className="control__line" points={line} />
      {chart.weeks.map((week, index) => {
        const v = value(week);
        if (v === null) return null;
        const flagged = signal(week);
        return (
          <circle
            key={week.period}
            className={flagged ? `control__dot control__dot--${flagged}` : 'control__dot'}
            cx={x(index)}
            cy={y(v)}
            r={flagged ? 5 : 3}
          >
            <title>{`${week.period}: ${formatScore(kind, v)} (${week.n} answers)${flagged ? ` — a signal: ${flagged === 'up' ? 'above' : 'below'} its limit` : ''}`}</title>
          </circle>
        );
      })}
      {chart.weeks.map((week, index) =>
        index % every === 0 ? (
          <text
            key={week.period}
            className="score-chart__axis"
            x={x(index)}
            y={height - 8}
            textAnchor="middle"
          >
            {week.period.slice(5)}
          </text>
        ) : null,
      )}
    </svg>
  );
}
