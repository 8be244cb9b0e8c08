import type { TScoreCell, TScoreTable } from '@customeric/contracts';
import { VerticalGrid } from '../../../components/ui/chart-grid.tsx';
import { niceTicks } from '../chart-scale.ts';
import { formatScore, periodLabel } from '../format.ts';
import { useChartWidth } from '../use-chart-width.ts';

const RIGHT = 76;
const ROW = 26;

type TRow = { label: string; cell: TScoreCell & { value: number; low: number; high: number } };

function Row({
  row,
  y,
  x,
  kind,
  label,
  nX,
}: {
  row: TRow;
  y: number;
  x: (v: number) => number;
  kind: TScoreTable['kind'];
  label: number;
  nX: number;
}) {
  const { cell } = row;
  // About 6.5 px a character at 11 px.
  const room = Math.floor((label - 8) / 6.5);
  const name = row.label.length > room ? `${row.label.slice(0, room - 1)}…` : row.label;
  const f = (value: number) => formatScore(kind, value);
  return (
    <g
      className={
        cell.smallSample ? 'score-chart__point score-chart__point--small' : 'score-chart__point'
      }
    >
      <text className="score-chart__label" x={label - 8} y={y + 4} textAnchor="end">
        {name}
      </text>
      <line className="score-chart__bar" x1={x(cell.low)} x2={x(cell.high)} y1={y} y2={y} />
      <circle className="score-chart__dot" cx={x(cell.value)} cy={y} r={4}>
        <title>{`${row.label}: ${f(cell.value)} (${f(cell.low)} to ${f(cell.high)}; ${cell.n} answers${cell.smallSample ? ', a small sample' : ''})`}</title>
      </circle>
      <text className="score-chart__n" x={nX} y={y + 4}>
        n={cell.n}
        {cell.smallSample ? ' small' : ''}
      </text>
    </g>
  );
}

/** The latest period's groups side by side: a dot and its 95 % interval each ("forest plot"). */
export function GroupForest({ table }: { table: TScoreTable }) {
  const [box, width] = useChartWidth<HTMLDivElement>(720);
  const latest = table.periods.length - 1;
  const rows = table.groups.flatMap((group) => {
    const cell = group.cells[latest];
    return cell && cell.value !== null && cell.low !== null && cell.high !== null
      ? [{ label: group.label, cell: cell as TRow['cell'] }]
      : [];
  });
  if (rows.length === 0) return null;
  const period = table.periods[latest];
  const label = Math.min(170, Math.max(110, Math.round(width * 0.32)));
  const height = rows.length * ROW + 30;
  const total = table.total.cells[latest]?.value ?? null;
  // The axis spans the intervals, not the whole scale, so the groups can be told apart.
  const ticks = niceTicks(
    Math.min(...rows.map((row) => row.cell.low), total ?? Number.POSITIVE_INFINITY),
    Math.max(...rows.map((row) => row.cell.high), total ?? Number.NEGATIVE_INFINITY),
    Math.max(2, Math.floor((width - label - RIGHT) / 70)),
  );
  const [low, high] = [ticks[0] as number, ticks.at(-1) as number];
  const x = (value: number) =>
    label + ((value - low) / (high - low || 1)) * (width - label - RIGHT);
  return (
    <section className="card score-section" aria-labelledby="score-groups">
      <h2 id="score-groups">{period ? periodLabel(period) : ''}, group by group</h2>
      <p className="muted">
        Each group with its 95 % interval; the dashed line is all answers; hollow dots are small
        samples.
      </p>
      <div ref={box}>
        <svg
          viewBox={`0 0 ${width} ${height}`}
          className="score-chart__svg"
          role="img"
          aria-label={`Groups in ${period?.label ?? ''}`}
        >
          <VerticalGrid
            ticks={ticks}
            x={x}
            from={4}
            to={height - 22}
            labelAt={height - 6}
            format={(tick) => formatScore(table.kind, tick)}
          />
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
          {rows.map((row, index) => (
            <Row
              key={row.label}
              row={row}
              y={14 + index * ROW}
              x={x}
              kind={table.kind}
              label={label}
              nX={width - RIGHT + 8}
            />
          ))}
        </svg>
      </div>
    </section>
  );
}
