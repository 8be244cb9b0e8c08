interface TSparklineProps {
  /** Rates 0..1 per period, oldest first; null where nothing was resolved. */
  values: readonly (number | null)[];
  target?: number | null;
  label: string;
}

const WIDTH = 96;
const HEIGHT = 26;
const PAD = 2;

/** The values span the height, with some room so a flat line does not stick to an edge. */
function scaleOf(values: readonly number[], target: number | null | undefined) {
  const all = target === null || target === undefined ? values : [...values, target];
  const low = Math.max(0, Math.min(...all) - 0.02);
  const high = Math.min(1, Math.max(...all) + 0.02);
  const span = high - low || 1;
  return (value: number) => PAD + (1 - (value - low) / span) * (HEIGHT - 2 * PAD);
}

/** A small line of compliance per period, the target dashed; gaps where nothing resolved. */
export function Sparkline({ values, target, label }: TSparklineProps) {
  const known = values.filter((value): value is number => value !== null);
  if (known.length < 2) return <span className="muted sparkline--empty">not enough data</span>;
  const y = scaleOf(known, target);
  const step = (WIDTH - 2 * PAD) / Math.max(values.length - 1, 1);
  const points = values.flatMap((value, index) =>
    value === null ? [] : [`${(PAD + index * step).toFixed(1)},${y(value).toFixed(1)}`],
  );
  const last = known.at(-1) ?? 0;
  const first = known[0] ?? 0;
  return (
    <svg
      className="sparkline"
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      width={WIDTH}
      height={HEIGHT}
      role="img"
      aria-label={`${label}: from ${Math.round(first * 100)} % to ${Math.round(last * 100)} % over ${values.length} periods`}
    >
      {target === null || target === undefined ? null : (
        <line className="sparkline__target" x1={0} x2={WIDTH} y1={y(target)} y2={y(target)} />
      )}
      <polyline className="sparkline__line" points={points.join(' ')} />
    </svg>
  );
}
