import { HorizontalGrid } from './chart-grid.tsx';

/**
 * A score over periods as points with 95 % error bars, hand-written SVG. A point from a small
 * sample is drawn hollow and labelled with its number of answers, never left out.
 */
interface TIntervalPoint {
  label: string;
  value: number | null;
  low: number | null;
  high: number | null;
  n: number;
  smallSample: boolean;
}

interface TIntervalChartProps {
  points: readonly TIntervalPoint[];
  /** The ends of the scale (e.g. −100 and 100 for NPS); the axis never goes beyond them. */
  min: number;
  max: number;
  title: string;
  format: (value: number) => string;
  height?: number;
  /** Width of the drawing's coordinate space: smaller for a small card, so text stays legible. */
  width?: number;
  /** A reference line, e.g. 0 for NPS. */
  reference?: number | undefined;
}

const LEFT = 44;
const RIGHT = 12;
const TOP = 12;
const BOTTOM = 28;

/** A round step (1, 2 or 5 times a power of ten) giving about four ticks over the span. */
function niceStep(span: number): number {
  const raw = span / 4;
  const power = 10 ** Math.floor(Math.log10(raw));
  const fraction = raw / power;
  return (fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10) * power;
}

/** The axis around the intervals (not the whole scale), on round numbers, within min…max. */
function axisTicks(points: readonly TIntervalPoint[], min: number, max: number): number[] {
  const ends = points.flatMap((p) => (p.low === null || p.high === null ? [] : [p.low, p.high]));
  const [from, to] = ends.length === 0 ? [min, max] : [Math.min(...ends), Math.max(...ends)];
  const step = niceStep(Math.max(to - from, (max - min) / 20));
  const low = Math.max(min, Math.floor(from / step) * step);
  const high = Math.min(max, Math.ceil(to / step) * step);
  const ticks: number[] = [];
  for (let tick = low; tick <= high + step / 1000; tick += step)
    ticks.push(Number(tick.toFixed(6)));
  return ticks.length > 1 ? ticks : [low, low + step];
}

function Point({
  point,
  x,
  y,
  format,
}: {
  point: TIntervalPoint;
  x: number;
  y: (v: number) => number;
  format: (v: number) => string;
}) {
  if (point.value === null || point.low === null || point.high === null) return null;
  const className = point.smallSample
    ? 'score-chart__point score-chart__point--small'
    : 'score-chart__point';
  return (
    <g className={className}>
      <line className="score-chart__bar" x1={x} x2={x} y1={y(point.low)} y2={y(point.high)} />
      <line
        className="score-chart__cap"
        x1={x - 4}
        x2={x + 4}
        y1={y(point.low)}
        y2={y(point.low)}
      />
      <line
        className="score-chart__cap"
        x1={x - 4}
        x2={x + 4}
        y1={y(point.high)}
        y2={y(point.high)}
      />
      <circle className="score-chart__dot" cx={x} cy={y(point.value)} r={4}>
        <title>{`${point.label}: ${format(point.value)} (95 % interval ${format(point.low)} to ${format(point.high)}; ${point.n} answers${point.smallSample ? ', a small sample' : ''})`}</title>
      </circle>
      {point.smallSample ? (
        <text className="score-chart__n" x={x + 6} y={y(point.value) - 6}>
          n={point.n}
        </text>
      ) : null}
    </g>
  );
}

export function IntervalChart(props: TIntervalChartProps) {
  const { points, min, max, title, format, height = 200, width = 600, reference } = props;
  const ticks = axisTicks(points, min, max);
  const low = ticks[0] as number;
  const high = ticks.at(-1) as number;
  const plotW = width - LEFT - RIGHT;
  const plotH = height - TOP - BOTTOM;
  const x = (index: number) => LEFT + ((index + 0.5) / Math.max(1, points.length)) * plotW;
  const y = (value: number) => TOP + (1 - (value - low) / (high - low || 1)) * plotH;
  const every = Math.max(1, Math.ceil(points.length / Math.floor(width / 60)));
  return (
    <figure className="score-chart">
      <svg
        viewBox={`0 0 ${width} ${height}`}
        className="score-chart__svg"
        role="img"
        aria-label={title}
      >
        <HorizontalGrid ticks={ticks} y={y} from={LEFT} to={width - RIGHT} format={format} />
        {reference !== undefined && reference > low && reference < high ? (
          <line
            className="score-chart__reference"
            x1={LEFT}
            x2={width - RIGHT}
            y1={y(reference)}
            y2={y(reference)}
          />
        ) : null}
        {points.map((point, index) => (
          <Point key={point.label} point={point} x={x(index)} y={y} format={format} />
        ))}
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
