import type { TOrgChart } from '@customeric/contracts';

const BOX_W = 132;
const BOX_H = 44;
const HEAD_W = 200;
const GAP = 10;
const TOP = 10;
const ROW_Y = 120;

/**
 * The Customer Department and the silos that answer to it (seed 003): solid lines for a
 * direct line, dashed for an indirect one; departments with no line are listed apart.
 */
export function CustomerDepartmentLines({ chart }: { chart: TOrgChart }) {
  const head = chart.people.find((person) => person.id === chart.customerDepartmentHeadId);
  const linked = chart.departments
    .filter((d) => d.customerDepartmentLine !== 'none')
    .sort(
      (a, b) =>
        a.customerDepartmentLine.localeCompare(b.customerDepartmentLine) ||
        a.name.localeCompare(b.name),
    );
  const apart = chart.departments.filter((d) => d.customerDepartmentLine === 'none');
  const width = Math.max(linked.length * (BOX_W + GAP) + GAP, HEAD_W + 2 * GAP);
  const headX = width / 2 - HEAD_W / 2;
  return (
    <section className="card cd-lines" aria-labelledby="cd-title">
      <h3 id="cd-title">The Customer Department’s lines</h3>
      {linked.length === 0 ? (
        <p className="muted">
          No department has a line to the Customer Department yet: set one on the Departments tab.
        </p>
      ) : (
        <div className="chart-scroll">
          <svg
            viewBox={`0 0 ${width} ${ROW_Y + BOX_H + 8}`}
            width={width}
            role="img"
            aria-labelledby="cd-svg-title"
          >
            <title id="cd-svg-title">
              {`Customer Department${head ? ` headed by ${head.name}` : ''}: ${linked.map((d) => `${d.name} (${d.customerDepartmentLine})`).join(', ')}`}
            </title>
            {linked.map((department, index) => {
              const x = GAP + index * (BOX_W + GAP);
              return (
                <g
                  key={department.id}
                  className={`cd-lines__department cd-lines__department--${department.customerDepartmentLine}`}
                >
                  <path
                    d={`M ${width / 2} ${TOP + BOX_H} C ${width / 2} ${ROW_Y - 30}, ${x + BOX_W / 2} ${TOP + BOX_H + 30}, ${x + BOX_W / 2} ${ROW_Y}`}
                  />
                  <rect x={x} y={ROW_Y} width={BOX_W} height={BOX_H} rx={6} />
                  <text x={x + BOX_W / 2} y={ROW_Y + 18} textAnchor="middle">
                    {department.name.length > 22
                      ? `${department.name.slice(0, 21)}…`
                      : department.name}
                  </text>
                  <text
                    x={x + BOX_W / 2}
                    y={ROW_Y + 34}
                    textAnchor="middle"
                    className="cd-lines__kind"
                  >
                    {department.customerDepartmentLine} line
                  </text>
                </g>
              );
            })}
            <g className="cd-lines__head">
              <rect x={headX} y={TOP} width={HEAD_W} height={BOX_H} rx={6} />
              <text x={width / 2} y={TOP + 18} textAnchor="middle">
                Customer Department
              </text>
              <text x={width / 2} y={TOP + 34} textAnchor="middle" className="cd-lines__kind">
                {head ? head.name : 'no head yet'}
              </text>
            </g>
          </svg>
        </div>
      )}
      <p className="muted cd-lines__legend">
        <span className="legend legend--direct">direct line</span>{' '}
        <span className="legend legend--indirect">indirect line</span>
        {apart.length > 0 ? ` · No line: ${apart.map((d) => d.name).join(', ')}.` : null}
      </p>
    </section>
  );
}
