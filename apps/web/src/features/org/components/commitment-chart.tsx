import type { TCommitmentSummaryView } from '@customeric/contracts';

type TStatus = TCommitmentSummaryView['customerWork']['status'];

const STATUS_TEXT: Record<TStatus, string> = {
  below: 'below the band',
  within: 'within the band',
  above: 'above the band',
  not_stated: 'no shares stated yet',
  not_customer_facing: 'not customer work',
};

const ROW = 34;
const LABEL = 210;
const PLOT = 420;
const TEXT = 300;

const x = (share: number) => LABEL + (share / 100) * PLOT;

function Bar({
  row,
  index,
}: {
  row: TCommitmentSummaryView['departments'][number];
  index: number;
}) {
  const y = index * ROW + 28;
  const share = row.averageShare ?? 0;
  const detail =
    row.averageShare === null
      ? STATUS_TEXT[row.status]
      : `${Math.round(share)} % · ${row.stated} of ${row.people} ${row.people === 1 ? 'person' : 'people'} · ${STATUS_TEXT[row.status]}`;
  return (
    <g className={`commitment__row commitment__row--${row.status}`}>
      <text x={LABEL - 10} y={y + 15} textAnchor="end" className="commitment__label">
        {row.name}
      </text>
      <rect
        x={LABEL}
        y={y + 3}
        width={Math.max(share / 100, 0.004) * PLOT}
        height={ROW - 12}
        rx={3}
      />
      <text x={LABEL + PLOT + 10} y={y + 15} className="commitment__value">
        {detail}
      </text>
    </g>
  );
}

/** Horizontal bars, one per department, over the shaded target band. */
export function CommitmentChart({ summary }: { summary: TCommitmentSummaryView }) {
  const { band, departments } = summary;
  const height = departments.length * ROW + 50;
  const total = summary.customerWork;
  return (
    <figure className="commitment">
      <div className="chart-scroll">
        <svg
          viewBox={`0 0 ${LABEL + PLOT + TEXT} ${height}`}
          width={LABEL + PLOT + TEXT}
          role="img"
          aria-labelledby="commitment-chart-title"
        >
          <title id="commitment-chart-title">
            Average committed share of customer work per department against the {band.min}–
            {band.max} % band
          </title>
          <rect
            className="commitment__band"
            x={x(band.min)}
            y={16}
            width={x(band.max) - x(band.min)}
            height={height - 30}
          />
          <text
            x={(x(band.min) + x(band.max)) / 2}
            y={12}
            textAnchor="middle"
            className="commitment__axis"
          >
            target {band.min}–{band.max} %
          </text>
          {[0, 25, 50, 75, 100].map((tick) => (
            <text
              key={tick}
              x={x(tick)}
              y={height - 2}
              textAnchor="middle"
              className="commitment__axis"
            >
              {tick} %
            </text>
          ))}
          {departments.map((row, index) => (
            <Bar key={row.departmentId} row={row} index={index} />
          ))}
        </svg>
      </div>
      <figcaption className="muted">
        All customer work together:{' '}
        {total.averageShare === null
          ? 'no shares stated'
          : `${Math.round(total.averageShare)} % on average`}
        , {total.committedFte.toFixed(1)} full-time equivalents; {total.withinBand} people within
        the band, {total.belowBand} below, {total.aboveBand} above.
      </figcaption>
    </figure>
  );
}
