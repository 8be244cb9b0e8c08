import type { TScoreTable } from '@customeric/contracts';
import { formatScore, scaleOf } from '../format.ts';

const WIDTH = 600;
const LABEL = 170;
const RIGHT = 70;
const ROW = 26;

/** The latest period's groups side by side: a dot and its 95 % interval each ("forest plot"). */
export function GroupForest({ table }: { table: TScoreTable }) {
  const latest = table.periods.length - 1;
  const rows = table.groups
    .map((group) => ({ label: group.label, cell: group.cells[latest] }))
    .filter((row) => row.cell && row.cell.value !== null);
  if (rows.length === 0) return null;
  const scale = scaleOf(table.kind);
  const height = rows.length * ROW + 30;
  const x = (value: number) =>
    LABEL + ((value - scale.min) / (scale.max - scale.min)) * (WIDTH - LABEL - RIGHT);
  const ticks = [scale.min, (scale.min + scale.max) / 2, scale.max];
  const total = table.total.cells[latest]?.value ?? null;
  return (
    <figure className="score-chart score-chart--forest">
      <figcaption className="score-chart__caption">
        {table.periods[latest]?.label}: each group with its 95 % interval; hollow dots are small
        samples
      </figcaption>
      <svg
        viewBox={`0 0 ${WIDTH} ${height}`}
        className="score-chart__svg"
        role="img"
        aria-label={`Groups in ${table.periods[latest]?.label}`}
      >
        {ticks.map((tick) => (
          <g key={tick}>
            <line className="score-chart__grid" x1={x(tick)} x2={x(tick)} y1={4} y2={height - 22} />
            <text className="score-chart__axis" x={x(tick)} y={height - 6} textAnchor="middle">
              {formatScore(table.kind, tick)}
            </text>
          </g>
        ))}
        {total === null ? null : (
          <line
            className="score-chart__reference"
            x1={x(total)}
            x2={x(total)}
            y1={4}
            y2={height - 22}
          >
            <title>{`All answers: ${formatScore(table.kind, total)}`}</title>
          </line>
        )}
        {rows.map(({ label, cell }, index) => {
          if (!cell || cell.value === null || cell.low === null || cell.high === null) return null;
          const y = 14 + index * ROW;
          return (
            <g
              key={label}
              className={
                cell.smallSample
                  ? 'score-chart__point score-chart__point--small'
                  : 'score-chart__point'
              }
            >
              <text className="score-chart__label" x={LABEL - 8} y={y + 4} textAnchor="end">
                {label.length > 24 ? `${label.slice(0, 23)}…` : label}
              </text>
              <line className="score-chart__bar" x1={x(cell.low)} x2={x(cell.high)} y1={y} y2={y} />
              <circle className="score-chart__dot" cx={x(cell.value)} cy={y} r={4}>
                <title>{`${label}: ${formatScore(table.kind, cell.value)} (${formatScore(table.kind, cell.low)} to ${formatScore(table.kind, cell.high)}; ${cell.n} answers)`}</title>
              </circle>
              <text className="score-chart__n" x={WIDTH - RIGHT + 8} y={y + 4}>
                n={cell.n}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
