/**
 * A score over periods as points with 95 % error bars, hand-written SVG. A point from a small
 * sample is drawn hollow and labelled with its number of answers, never left out.
 */
export interface TIntervalPoint {
  label: string;
  value: number | null;
  low: number | null;
  high: number | null;
  n: number;
  smallSample: boolean;
}

interface TIntervalChartProps {
  points: readonly TIntervalPoint[];
  /** The ends of the value axis (e.g. −100 and 100 for NPS); narrowed to the data when it fits. */
  min: number;
  max: number;
  title: string;
  format: (value: number) => string;
  height?: number;
  /** A reference line, e.g. 0 for NPS. */
  reference?: number;
}

const WIDTH = 600;
const LEFT = 44;
const RIGHT = 12;
const TOP = 12;
const BOTTOM = 28;

function axisRange(points: readonly TIntervalPoint[], min: number, max: number) {
  const ends = points.flatMap((p) => (p.low === null || p.high === null ? [] : [p.low, p.high]));
  if (ends.length === 0) return [min, max] as const;
  const span = max - min;
  const step = span / 10;
  const low = Math.max(min, Math.floor(Math.min(...ends) / step) * step - step);
  const high = Math.min(max, Math.ceil(Math.max(...ends) / step) * step + step);
  return [low, high] as const;
}

export function IntervalChart({
  points,
  min,
  max,
  title,
  format,
  height = 220,
  reference,
}: TIntervalChartProps) {
  const [low, high] = axisRange(points, min, max);
  const plotW = WIDTH - LEFT - RIGHT;
  const plotH = height - TOP - BOTTOM;
  const x = (index: number) => LEFT + ((index + 0.5) / Math.max(1, points.length)) * plotW;
  const y = (value: number) => TOP + (1 - (value - low) / (high - low || 1)) * plotH;
  const ticks = [low, (low + high) / 2, high];
  const every = Math.max(1, Math.ceil(points.length / 12));
  return (
    <figure className="score-chart">
      <svg
        viewBox={`0 0 ${WIDTH} ${height}`}
        className="score-chart__svg"
        role="img"
        aria-label={title}
      >
        {ticks.map((tick) => (
          <g key={tick}>
            <line
              className="score-chart__grid"
              x1={LEFT}
              x2={WIDTH - RIGHT}
              y1={y(tick)}
              y2={y(tick)}
            />
            <text className="score-chart__axis" x={LEFT - 6} y={y(tick) + 4} textAnchor="end">
              {format(tick)}
            </text>
          </g>
        ))}
        {reference !== undefined && reference > low && reference < high ? (
          <line
            className="score-chart__reference"
            x1={LEFT}
            x2={WIDTH - RIGHT}
            y1={y(reference)}
            y2={y(reference)}
          />
        ) : null}
        {points.map((point, index) =>
          point.value === null || point.low === null || point.high === null ? null : (
            <g
              key={point.label}
              className={
                point.smallSample
                  ? 'score-chart__point score-chart__point--small'
                  : 'score-chart__point'
              }
            >
              <line
                className="score-chart__bar"
                x1={x(index)}
                x2={x(index)}
                y1={y(point.low)}
                y2={y(point.high)}
              />
              <line
                className="score-chart__cap"
                x1={x(index) - 4}
                x2={x(index) + 4}
                y1={y(point.low)}
                y2={y(point.low)}
              />
              <line
                className="score-chart__cap"
                x1={x(index) - 4}
                x2={x(index) + 4}
                y1={y(point.high)}
                y2={y(point.high)}
              />
              <circle className="score-chart__dot" cx={x(index)} cy={y(point.value)} r={4}>
                <title>{`${point.label}: ${format(point.value)} (95 % interval ${format(point.low)} to ${format(point.high)}; ${point.n} answers${point.smallSample ? ', a small sample' : ''})`}</title>
              </circle>
              {point.smallSample ? (
                <text className="score-chart__n" x={x(index) + 6} y={y(point.value) - 6}>
                  n={point.n}
                </text>
              ) : null}
            </g>
          ),
        )}
        {points.map((point, index) =>
          index % every === 0 ? (
            <text
              key={point.label}
              className="score-chart__axis"
              x={x(index)}
              y={height - 8}
              textAnchor="middle"
            >
              {point.label}
            </text>
          ) : null,
        )}
      </svg>
    </figure>
  );
}
