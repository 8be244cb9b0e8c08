/** Horizontal grid lines across a chart, each labelled at the left of the plot. */
export function HorizontalGrid(props: {
  ticks: readonly number[];
  y: (value: number) => number;
  from: number;
  to: number;
  format: (value: number) => string;
}) {
  return props.ticks.map((tick) => (
    <g key={tick}>
      <line
        className="score-chart__grid"
        x1={props.from}
        x2={props.to}
        y1={props.y(tick)}
        y2={props.y(tick)}
      />
      <text className="score-chart__axis" x={props.from - 6} y={props.y(tick) + 4} textAnchor="end">
        {props.format(tick)}
      </text>
    </g>
  ));
}

/** Vertical grid lines down a chart, each labelled below it at `labelAt`. */
export function VerticalGrid(props: {
  ticks: readonly number[];
  x: (value: number) => number;
  from: number;
  to: number;
  labelAt: number;
  format: (value: number) => string;
}) {
  return props.ticks.map((tick) => (
    <g key={tick}>
      <line
        className="score-chart__grid"
        x1={props.x(tick)}
        x2={props.x(tick)}
        y1={props.from}
        y2={props.to}
      />
      <text className="score-chart__axis" x={props.x(tick)} y={props.labelAt} textAnchor="middle">
        {props.format(tick)}
      </text>
    </g>
  ));
}
