interface TEstimate {
  low: number;
  high: number;
  n: number;
  small: boolean;
}

interface TPanelSeries {
  name: string;
  values: readonly (number | null)[];
  /** 95 % intervals and answers, when the values are estimates (customer scores). */
  intervals?: readonly (TEstimate | null)[];
}

interface TMarketPanelProps {
  title: string;
  labels: readonly string[];
  series: readonly TPanelSeries[];
  format: (value: number) => string;
}

const WIDTH = 300;
const HEIGHT = 150;
const LEFT = 52;
const RIGHT = 8;
const TOP = 10;
const BOTTOM = 24;

/** A small sample is drawn hollow, as on the scores screens. */
const isSmall = (estimate: TEstimate | null | undefined) => estimate?.small === true;

function estimate(value: TEstimate | null | undefined, format: (value: number) => string): string {
  if (!value) return '';
  const small = value.small ? ', a small sample' : '';
  return ` (95 % interval ${format(value.low)} to ${format(value.high)}; ${value.n} answers${small})`;
}

/**
 * One small multiple: a single quantity over the shared periods, on its own axis (no chart
 * carries two units). Several series of the same unit (competitors' shares) share a panel.
 */
export function MarketPanel({ title, labels, series, format }: TMarketPanelProps) {
  const all = series.flatMap((s) => [
    ...s.values.filter((v): v is number => v !== null),
    ...(s.intervals ?? []).flatMap((i) => (i ? [i.low, i.high] : [])),
  ]);
  if (all.length === 0)
    return (
      <figure className="market-panel market-panel--empty">
        <figcaption className="market-panel__title">{title}</figcaption>
        <p className="muted">Not entered for these periods.</p>
      </figure>
    );
  const low = Math.min(...all);
  const high = Math.max(...all);
  const pad = (high - low) * 0.1 || Math.abs(high) * 0.1 || 1;
  const x = (i: number) =>
    LEFT + (labels.length <= 1 ? 0.5 : i / (labels.length - 1)) * (WIDTH - LEFT - RIGHT);
  const y = (v: number) =>
    TOP + (1 - (v - (low - pad)) / (high - low + 2 * pad)) * (HEIGHT - TOP - BOTTOM);
  return (
    <figure className="market-panel">
      <figcaption className="market-panel__title">{title}</figcaption>
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        className="score-chart__svg"
        role="img"
        aria-label={title}
      >
        {[low, high].map((tick) => (
          <text
            key={tick}
            className="score-chart__axis"
            x={LEFT - 4}
            y={y(tick) + 4}
            textAnchor="end"
          >
            {format(tick)}
          </text>
        ))}
        {series.map((s, index) => (
          <g key={s.name} className={`market-panel__series market-panel__series--${index}`}>
            {s.intervals?.map((interval, i) =>
              interval ? (
                <line
                  key={labels[i]}
                  className="score-chart__bar"
                  x1={x(i)}
                  x2={x(i)}
                  y1={y(interval.low)}
                  y2={y(interval.high)}
                />
              ) : null,
            )}
            <polyline
              className="market-panel__line"
              points={s.values.flatMap((v, i) => (v === null ? [] : [`${x(i)},${y(v)}`])).join(' ')}
            />
            {s.values.map((v, i) =>
              v === null ? null : (
                <circle
                  key={labels[i]}
                  className={
                    isSmall(s.intervals?.[i])
                      ? 'market-panel__dot market-panel__dot--small'
                      : 'market-panel__dot'
                  }
                  cx={x(i)}
                  cy={y(v)}
                  r={2.5}
                >
                  <title>{`${s.name}, ${labels[i]}: ${format(v)}${estimate(s.intervals?.[i], format)}`}</title>
                </circle>
              ),
            )}
          </g>
        ))}
        {labels.map((label, i) =>
          i === 0 || i === labels.length - 1 ? (
            <text
              key={label}
              className="score-chart__axis"
              x={x(i)}
              y={HEIGHT - 6}
              textAnchor={i === 0 ? 'start' : 'end'}
            >
              {label}
            </text>
          ) : null,
        )}
      </svg>
      {series.length > 1 ? (
        <ul className="market-panel__legend">
          {series.map((s, index) => (
            <li key={s.name} className={`market-panel__key market-panel__key--${index}`}>
              {s.name}
            </li>
          ))}
        </ul>
      ) : null}
    </figure>
  );
}
