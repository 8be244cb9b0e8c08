import type { TTimelineSummary } from '@customeric/contracts';

const COLORS = [
  '#2563eb',
  '#0d9488',
  '#d97706',
  '#7c3aed',
  '#dc2626',
  '#0891b2',
  '#65a30d',
  '#db2777',
];
const WIDTH = 720;
const HEIGHT = 46;

export function colorOf(index: number): string {
  return COLORS[index % COLORS.length] as string;
}

/** Shortens a label to the characters that fit in a segment (about 7 units each at 12 px). */
function fitLabel(text: string, width: number): string {
  const fits = Math.floor((width - 12) / 7);
  return text.length > fits ? `${text.slice(0, Math.max(1, fits - 1))}…` : text;
}

/**
 * The departments the customer passed through, left to right in the order of first contact,
 * each as wide as its share of the events: the silos as the customer met them.
 */
export function DepartmentStrip({ summary }: { summary: TTimelineSummary }) {
  const departments = summary.departments;
  const total = departments.reduce((sum, department) => sum + department.count, 0);
  if (total === 0) return null;
  const unplaced = summary.total - total;
  let x = 0;
  const gap = 3;
  const usable = WIDTH - gap * (departments.length - 1);
  return (
    <figure className="strip">
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-labelledby="strip-caption"
        className="strip__svg"
      >
        <title>Departments this customer passed through</title>
        {departments.map((department, index) => {
          const width = Math.max(2, (department.count / total) * usable);
          const start = x;
          x += width + gap;
          const label = department.name ?? department.id;
          return (
            <g key={department.id}>
              <title>{`${label}: ${department.count} events, first ${department.firstAt.slice(0, 10)}, last ${department.lastAt.slice(0, 10)}`}</title>
              <rect x={start} y={4} width={width} height={20} rx={4} fill={colorOf(index)} />
              {width > 60 ? (
                <text x={start + 6} y={40} className="strip__label">
                  {fitLabel(`${index + 1}. ${label}`, width)}
                </text>
              ) : null}
            </g>
          );
        })}
      </svg>
      <figcaption id="strip-caption" className="strip__caption">
        Departments this customer passed through, in order of first contact:{' '}
        {departments.map((department, index) => (
          <span key={department.id} className="strip__legend">
            <span
              className="strip__swatch"
              style={{ background: colorOf(index) }}
              aria-hidden="true"
            />
            {department.name ?? department.id} ({department.count})
          </span>
        ))}
        {unplaced > 0 ? (
          <span className="muted"> and {unplaced} events without a department</span>
        ) : null}
      </figcaption>
    </figure>
  );
}
