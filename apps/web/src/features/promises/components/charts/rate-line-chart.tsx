import type { TCompliancePoint } from '@customeric/contracts';
import { formatPeriod, formatRate } from '../../format.ts';

interface TRateLineChartProps {
  series: readonly TCompliancePoint[];
  period: 'week' | 'month';
  target: number | null;
  title: string;
}

const WIDTH = 560;
const HEIGHT = 240;
const LEFT = 44;
const RIGHT = 26;
const TOP = 14;
const BOTTOM = 30;

/** The rate axis starts at the nearest 10 % below the lowest value, so changes stay visible. */
function axisFloor(values: readonly number[]): number {
  const lowest = Math.min(1, ...values);
  return Math.max(0, Math.floor((lowest - 0.02) * 10) / 10);
}

/** Every nth label, so at most about ten fit under the axis. */
function labelEvery(count: number): number {
  return Math.max(1, Math.ceil(count / 10));
}

/** Compliance rate per period as a line, with the target as a dashed line across. */
export function RateLineChart({ series, period, target, title }: TRateLineChartProps) {
  const rates = series.flatMap((point) => (point.rate === null ? [] : [point.rate]));
  const floor = axisFloor(target === null ? rates : [...rates, target]);
  const plotW = WIDTH - LEFT - RIGHT;
  const plotH = HEIGHT - TOP - BOTTOM;
  const x = (index: number) =>
    LEFT + (series.length <= 1 ? plotW / 2 : (index / (series.length - 1)) * plotW);
  const y = (rate: number) => TOP + (1 - (rate - floor) / (1 - floor || 1)) * plotH;
  const ticks = [floor, (floor + 1) / 2, 1];
  const every = labelEvery(series.length);
  const path = series
    .flatMap((point, index) => (point.rate === null ? [] : [`${x(index)},${y(point.rate)}`]))
    .join(' ');
  return (
    <figure className="chart">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} className="chart__svg" role="img" aria-label={title}>
        {ticks.map((tick) => (
          <g key={tick}>
            <line className="chart__grid" x1={LEFT} x2={WIDTH - RIGHT} y1={y(tick)} y2={y(tick)} />
            <text className="chart__axis" x={LEFT - 6} y={y(tick) + 4} textAnchor="end">
              {Math.round(tick * 100)} %
            </text>
          </g>
        ))}
        {target === null ? null : (
          <g className="chart__target">
            <line x1={LEFT} x2={WIDTH - RIGHT} y1={y(target)} y2={y(target)} />
            <text x={WIDTH - RIGHT} y={y(target) - 5} textAnchor="end">
              target {formatRate(target)}
            </text>
          </g>
        )}
        <polyline className="chart__line" points={path} />
        {series.map((point, index) =>
          point.rate === null ? null : (
            <circle
              key={point.period}
              className="chart__dot"
              cx={x(index)}
              cy={y(point.rate)}
              r={3}
            >
              <title>{`${formatPeriod(point.period, period)}: ${formatRate(point.rate)} (${point.kept} kept, ${point.broken} broken)`}</title>
            </circle>
          ),
        )}
        {series.map((point, index) =>
          index % every === 0 ? (
            <text
              key={point.period}
              className="chart__axis"
              x={x(index)}
              y={HEIGHT - 10}
              textAnchor="middle"
            >
              {formatPeriod(point.period, period)}
            </text>
          ) : null,
        )}
      </svg>
    </figure>
  );
}
