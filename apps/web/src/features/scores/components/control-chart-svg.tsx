import type { TControlWeek, TScoreControlChart } from '@customeric/contracts';
import type { TScoreKind } from '@customeric/domain';
import { HorizontalGrid } from '../../../components/ui/chart-grid.tsx';
import { niceTicks } from '../chart-scale.ts';
import { formatScore } from '../format.ts';
import { useChartWidth } from '../use-chart-width.ts';

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
  const centre = chart.weeks[0]?.centre ?? 0;
  return niceTicks(Math.min(...values, centre), Math.max(...values, centre));
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

function dotTitle(kind: TScoreKind, week: TControlWeek, v: number, flagged: 'up' | 'down' | null) {
  const signal = flagged ? ` — a signal: ${flagged === 'up' ? 'above' : 'below'} its limit` : '';
  return `${week.period}: ${formatScore(kind, v)} (${week.n} answers)${signal}`;
}

/** One panel of a control chart: points, centre, limits, and signals in colour. */
export function ControlPanel({ chart, height, title, value, lower, upper, signal }: TPanelProps) {
  const [box, width] = useChartWidth<HTMLDivElement>(640);
  const kind = chart.kind as TScoreKind;
  const ticks = extent(chart, [value, lower, upper]);
  const [low, high] = [ticks[0] as number, ticks.at(-1) as number];
  const slot = (width - LEFT - RIGHT) / Math.max(1, chart.weeks.length);
  const x = (index: number) => LEFT + (index + 0.5) * slot;
  const y = (v: number) => TOP + (1 - (v - low) / (high - low || 1)) * (height - TOP - BOTTOM);
  const centre = chart.weeks[0]?.centre ?? 0;
  const line = chart.weeks
    .flatMap((week, index) => {
      const v = value(week);
      return v === null ? [] : [`${x(index)},${y(v)}`];
    })
    .join(' ');
  // A week label ("W23") needs about 40 px.
  const every = Math.max(1, Math.ceil(chart.weeks.length / Math.floor((width - LEFT) / 40)));
  return (
    <div ref={box}>
      <svg
        viewBox={`0 0 ${width} ${height}`}
        className="score-chart__svg"
        role="img"
        aria-label={title}
      >
        <HorizontalGrid
          ticks={ticks}
          y={y}
          from={LEFT}
          to={width - RIGHT}
          format={(tick) => formatScore(kind, tick)}
        />
        <line
          className="control__centre"
          x1={LEFT}
          x2={width - RIGHT}
          y1={y(centre)}
          y2={y(centre)}
        >
          <title>{`Centre: ${formatScore(kind, centre)}`}</title>
        </line>
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
              <title>{dotTitle(kind, week, v, flagged)}</title>
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
    </div>
  );
}
