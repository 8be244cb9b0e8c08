import type { THeldTimes } from '@customeric/contracts';
import { formatHours } from '../case-labels.ts';

const WIDTH = 720;
const ROW = 34;
const LABEL = 190;
const RIGHT = 150;

/**
 * Time held per department: a bar to the median hold, a thinner one on to the 90th percentile,
 * and a tick at the department's target (its operational-level agreement).
 */
export function HeldTimeChart({ data }: { data: THeldTimes }) {
  const items = data.items.filter((item) => item.completed > 0 || item.running > 0);
  const longest = Math.max(1, ...items.flatMap((item) => [item.p90Hours ?? 0, item.olaHours]));
  const scale = (WIDTH - LABEL - RIGHT) / longest;
  const height = items.length * ROW + 24;
  return (
    <figure className="held-chart">
      <svg
        viewBox={`0 0 ${WIDTH} ${height}`}
        className="held-chart__svg"
        role="img"
        aria-labelledby="held-title"
      >
        <title id="held-title">Time held per department against its target</title>
        {items.map((item, index) => {
          const y = index * ROW + 6;
          const over = (item.medianHours ?? 0) > item.olaHours;
          return (
            <g key={item.departmentId}>
              <text x={LABEL - 10} y={y + 11} textAnchor="end" className="held-chart__label">
                {item.departmentName}
              </text>
              {item.p90Hours !== null ? (
                <rect
                  x={LABEL}
                  y={y + 8}
                  width={item.p90Hours * scale}
                  height={6}
                  className="held-chart__p90"
                />
              ) : null}
              {item.medianHours !== null ? (
                <rect
                  x={LABEL}
                  y={y + 2}
                  width={Math.max(1, item.medianHours * scale)}
                  height={18}
                  className={
                    over ? 'held-chart__median held-chart__median--over' : 'held-chart__median'
                  }
                />
              ) : null}
              <line
                x1={LABEL + item.olaHours * scale}
                x2={LABEL + item.olaHours * scale}
                y1={y - 2}
                y2={y + 24}
                className="held-chart__target"
              />
              <text x={WIDTH - RIGHT + 10} y={y + 15} className="held-chart__value">
                {formatHours(item.medianHours)} · p90 {formatHours(item.p90Hours)}
              </text>
              <title>{`${item.departmentName}: median ${formatHours(item.medianHours)}, p90 ${formatHours(item.p90Hours)}, target ${formatHours(item.olaHours)}; ${item.overOla} holds over target`}</title>
            </g>
          );
        })}
      </svg>
      <figcaption id="held-caption" className="held-chart__caption">
        Each time a department holds a case: median (bar), 90th percentile (thin bar), target
        (tick).
      </figcaption>
    </figure>
  );
}

/** The figures behind the chart, with how many holds went over the target. */
export function HeldTimeTable({ data }: { data: THeldTimes }) {
  return (
    <div className="table-wrap">
      <table className="table">
        <thead>
          <tr>
            <th scope="col">Department</th>
            <th scope="col">Holds ended</th>
            <th scope="col">Still holding</th>
            <th scope="col">Median</th>
            <th scope="col">p90</th>
            <th scope="col">Target</th>
            <th scope="col">Over target</th>
          </tr>
        </thead>
        <tbody>
          {data.items.map((item) => (
            <tr key={item.departmentId}>
              <th scope="row">{item.departmentName}</th>
              <td>{item.completed}</td>
              <td>{item.running}</td>
              <td>{formatHours(item.medianHours)}</td>
              <td>{formatHours(item.p90Hours)}</td>
              <td>{formatHours(item.olaHours)}</td>
              <td className={item.overOla > 0 ? 'cell--warning' : undefined}>{item.overOla}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
