import type { TBridgePeople } from '@customeric/contracts';

const SIZE = 420;
const CENTRE = SIZE / 2;
const RADIUS = 165;
const SHOWN = 14;

/**
 * Who worked with whom, for the people at the top of the ranking: placed on a circle in rank
 * order, a line for each pair that shared cross-department cases (thicker for more), each dot
 * sized by betweenness. The bridges are the dots most lines run through.
 */
export function BridgeNetwork({ data }: { data: TBridgePeople }) {
  const people = data.people.slice(0, SHOWN);
  if (people.length < 2) return null;
  const place = new Map(
    people.map((person, index) => {
      const angle = (index / people.length) * 2 * Math.PI - Math.PI / 2;
      return [
        person.userId,
        {
          x: CENTRE + RADIUS * Math.cos(angle),
          y: CENTRE + RADIUS * Math.sin(angle),
          person,
          angle,
        },
      ];
    }),
  );
  const most = Math.max(1, ...data.links.map((link) => link.cases));
  const top = Math.max(1e-9, ...people.map((person) => person.normalized));
  return (
    <figure className="bridge-network">
      <svg
        viewBox={`-90 -10 ${SIZE + 180} ${SIZE + 20}`}
        role="img"
        aria-label="Who worked with whom on cases that crossed departments"
      >
        {data.links.map((link) => {
          const a = place.get(link.a);
          const b = place.get(link.b);
          if (!a || !b) return null;
          return (
            <line
              key={`${link.a}-${link.b}`}
              x1={a.x}
              y1={a.y}
              x2={b.x}
              y2={b.y}
              className="bridge-network__link"
              strokeWidth={0.5 + (2.5 * link.cases) / most}
            />
          );
        })}
        {[...place.values()].map(({ x, y, person, angle }) => {
          const right = Math.cos(angle) >= 0;
          return (
            <g key={person.userId}>
              <circle
                cx={x}
                cy={y}
                r={4 + 10 * (person.normalized / top)}
                className="bridge-network__node"
              >
                <title>{`${person.name}: betweenness ${person.betweenness.toFixed(1)}`}</title>
              </circle>
              <text
                x={x + (right ? 16 : -16)}
                y={y + 4}
                textAnchor={right ? 'start' : 'end'}
                className="bridge-network__label"
              >
                {person.name}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption className="muted">
        The top {people.length} people; a line joins two who worked on the same cross-department
        case.
      </figcaption>
    </figure>
  );
}
