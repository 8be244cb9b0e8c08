import type { THandoffFlows } from '@customeric/contracts';
import { layoutSankey } from './sankey-layout.ts';

const WIDTH = 720;
const NODE = 12;
const LABEL = 170;
const PAD = 12;

/**
 * Handoff flows as a two-column Sankey, hand-written SVG: departments handing off on the
 * left, receiving on the right. A band is coloured by how many of its handoffs were bounces
 * (back to a department that had the case before). Every band is also in the table below for
 * readers who do not use the picture.
 */
export function SankeyChart({ data }: { data: THandoffFlows }) {
  const names = new Map(data.departments.map((department) => [department.id, department.name]));
  const rows = Math.max(3, data.departments.length);
  const height = Math.min(560, Math.max(220, rows * 56));
  const layout = layoutSankey(
    data.flows.map((flow) => ({
      fromId: flow.fromDepartmentId,
      toId: flow.toDepartmentId,
      count: flow.count,
      bounces: flow.bounces,
    })),
    names,
    // Gaps wider than a label is tall, so the names of small flows never collide.
    { width: WIDTH - 2 * LABEL, height, nodeWidth: NODE, gap: 24 },
  );
  return (
    <figure className="sankey">
      <svg
        viewBox={`0 0 ${WIDTH} ${height + 2 * PAD}`}
        className="sankey__svg"
        role="img"
        aria-labelledby="sankey-title"
      >
        <title id="sankey-title">Handoff flows between departments</title>
        <g transform={`translate(${LABEL},${PAD})`}>
          {layout.links.map((link) => {
            const share = link.count > 0 ? link.bounces / link.count : 0;
            const className =
              share >= 0.5
                ? 'sankey__link sankey__link--bounce'
                : share > 0
                  ? 'sankey__link sankey__link--some'
                  : 'sankey__link';
            return (
              <path key={`${link.fromId}-${link.toId}`} d={link.path} className={className}>
                <title>{`${link.fromName} → ${link.toName}: ${link.count} handoffs, ${link.bounces} bounces`}</title>
              </path>
            );
          })}
          {layout.nodes.map((node) => (
            <g key={`${node.side}-${node.id}`}>
              <rect
                x={node.x}
                y={node.y}
                width={NODE}
                height={Math.max(1, node.height)}
                className="sankey__node"
              />
              <text
                x={node.side === 'from' ? -8 : node.x + NODE + 8}
                y={node.y + node.height / 2}
                className="sankey__label"
                textAnchor={node.side === 'from' ? 'end' : 'start'}
                dominantBaseline="middle"
              >
                {node.name} ({node.value})
              </text>
            </g>
          ))}
        </g>
      </svg>
      <figcaption id="sankey-caption" className="sankey__caption">
        Handing off (left) to receiving (right),{' '}
        {data.flows.reduce((sum, flow) => sum + flow.count, 0)} handoffs of {data.period.cases}{' '}
        cases opened from {data.period.from} to {data.period.to}.
        <span className="sankey__legend">
          <span className="sankey__swatch" /> handoff
          <span className="sankey__swatch sankey__swatch--some" /> some bounced
          <span className="sankey__swatch sankey__swatch--bounce" /> mostly bounces
        </span>
      </figcaption>
    </figure>
  );
}

/** The same flows as a table. */
export function FlowTable({ data }: { data: THandoffFlows }) {
  const name = (id: string) =>
    data.departments.find((department) => department.id === id)?.name ?? id;
  return (
    <div className="table-wrap">
      <table className="table">
        <caption className="visually-hidden">Handoff flows between departments</caption>
        <thead>
          <tr>
            <th scope="col">From</th>
            <th scope="col">To</th>
            <th scope="col">Handoffs</th>
            <th scope="col">Of them bounces</th>
          </tr>
        </thead>
        <tbody>
          {data.flows.map((flow) => (
            <tr key={`${flow.fromDepartmentId}-${flow.toDepartmentId}`}>
              <td>{name(flow.fromDepartmentId)}</td>
              <td>{name(flow.toDepartmentId)}</td>
              <td>{flow.count}</td>
              <td>{flow.bounces}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
