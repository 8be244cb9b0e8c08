import type { TCompliancePoint } from '@customeric/contracts';
import { formatCount, formatPeriod } from '../../format.ts';

interface TOutcomeBarsProps {
  series: readonly TCompliancePoint[];
  period: 'week' | 'month';
  title: string;
}

const WIDTH = 560;
const HEIGHT = 220;
const LEFT = 52;
const RIGHT = 26;
const TOP = 10;
const BOTTOM = 30;

/** A round axis maximum: 1, 2 or 5 times a power of ten. */
function niceMax(value: number): number {
  if (value <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  return ([1, 2, 5, 10].find((step) => step * power >= value) ?? 10) * power;
}

/** Kept, broken and open outcomes per period, stacked. */
export function OutcomeBars({ series, period, title }: TOutcomeBarsProps) {
  const max = niceMax(Math.max(0, ...series.map((p) => p.kept + p.broken + p.open)));
  const plotW = WIDTH - LEFT - RIGHT;
  const plotH = HEIGHT - TOP - BOTTOM;
  const slot = plotW / Math.max(series.length, 1);
  const barW = Math.max(2, Math.min(36, slot * 0.7));
  const h = (count: number) => (count / max) * plotH;
  const every = Math.max(1, Math.ceil(series.length / 10));
  return (
    <figure className="chart">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} className="chart__svg" role="img" aria-label={title}>
        {[0, max / 2, max].map((tick) => (
          <g key={tick}>
            <line
              className="chart__grid"
              x1={LEFT}
              x2={WIDTH - RIGHT}
              y1={TOP + plotH - h(tick)}
              y2={TOP + plotH - h(tick)}
            />
            <text
              className="chart__axis"
              x={LEFT - 6}
              y={TOP + plotH - h(tick) + 4}
              textAnchor="end"
            >
              {formatCount(tick)}
            </text>
          </g>
        ))}
        {series.map((point, index) => {
          const left = LEFT + index * slot + (slot - barW) / 2;
          const bottom = TOP + plotH;
          const parts = [
            ['kept', point.kept],
            ['broken', point.broken],
            ['open', point.open],
          ] as const;
          let offset = 0;
          return (
            <g key={point.period}>
              <title>{`${formatPeriod(point.period, period)}: ${formatCount(point.kept)} kept, ${formatCount(point.broken)} broken, ${formatCount(point.open)} open`}</title>
              {parts.map(([name, count]) => {
                offset += h(count);
                return count === 0 ? null : (
                  <rect
                    key={name}
                    className={`chart__bar chart__bar--${name}`}
                    x={left}
                    y={bottom - offset}
                    width={barW}
                    height={h(count)}
                  />
                );
              })}
              {index % every === 0 ? (
                <text
                  className="chart__axis"
                  x={left + barW / 2}
                  y={HEIGHT - 10}
                  textAnchor="middle"
                >
                  {formatPeriod(point.period, period)}
                </text>
              ) : null}
            </g>
          );
        })}
      </svg>
      <figcaption className="chart__legend">
        <span className="swatch swatch--kept">kept</span>
        <span className="swatch swatch--broken">broken</span>
        <span className="swatch swatch--open">open</span>
      </figcaption>
    </figure>
  );
}
