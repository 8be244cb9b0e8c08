import type { TValueChainBreaches } from '@customeric/contracts';
import type { TMapHandoff, TValueChainMap } from '@customeric/domain';
import { buildMeasures, MeasuredBox, type TMeasure } from './map-measures.tsx';

const LABEL_W = 196;
const COL_W = 132;
const GAP_W = 96;
const HEADER_H = 58;
const ROW_H = 52;
const MEASURE_H = 92;
export const MEASURES_PENDING = 'Live measures arrive with events, promises and cases';

const colX = (index: number) => LABEL_W + index * (COL_W + GAP_W);
const rowY = (index: number) => HEADER_H + index * ROW_H;
const rowMid = (index: number) => rowY(index) + ROW_H / 2;

/** Words over lines of at most `width` characters, for SVG text that cannot wrap itself. */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(' ')) {
    const last = lines.at(-1);
    if (last !== undefined && `${last} ${word}`.length <= width)
      lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

function PendingMeasures({
  x,
  y,
  width,
  label,
}: {
  x: number;
  y: number;
  width: number;
  label: string;
}) {
  const lines = wrap(label, Math.floor(width / 6.6));
  return (
    <g className="map__measures">
      <rect x={x + 4} y={y} width={width - 8} height={MEASURE_H - 10} rx={6} />
      <text x={x + width / 2} y={y + 16} textAnchor="middle">
        {lines.map((line, index) => (
          <tspan key={line} x={x + width / 2} dy={index === 0 ? 0 : 14}>
            {/* The space keeps the words apart in the text a screen reader reads. */}
            {index < lines.length - 1 ? `${line} ` : line}
          </tspan>
        ))}
      </text>
    </g>
  );
}

function MeasureOrPending(props: {
  measure: TMeasure | null;
  x: number;
  y: number;
  width: number;
}) {
  const { measure, ...box } = props;
  if (!measure) return <PendingMeasures {...box} label={MEASURES_PENDING} />;
  return (
    <MeasuredBox {...box} height={MEASURE_H - 10} lines={measure.lines} clean={measure.clean} />
  );
}

function HandoffArrows({ handoff, number }: { handoff: TMapHandoff; number: number }) {
  // A department joining or leaving a shared stage connects to those who stay.
  const sources = handoff.fromRows.length > 0 ? handoff.fromRows : handoff.continuingRows;
  const targets = handoff.toRows.length > 0 ? handoff.toRows : handoff.continuingRows;
  const x1 = colX(handoff.afterIndex) + COL_W;
  const x2 = colX(handoff.afterIndex + 1);
  const mid = (x1 + x2) / 2;
  const pairs = sources.flatMap((s) => targets.map((t) => [s, t] as const));
  const label = `Handoff ${number}`;
  return (
    <g
      className={`map__handoff map__handoff--${handoff.kind}`}
      data-handoff={label}
      aria-label={label}
    >
      <rect
        className="map__handoff-badge"
        x={mid - 38}
        y={HEADER_H - 24}
        width={76}
        height={20}
        rx={10}
      />
      <text x={mid} y={HEADER_H - 10} textAnchor="middle" className="map__handoff-text">
        {label}
      </text>
      {pairs.map(([s, t]) => (
        <path
          key={`${s}-${t}`}
          d={`M ${x1 + 2} ${rowMid(s)} C ${mid} ${rowMid(s)}, ${mid} ${rowMid(t)}, ${x2 - 6} ${rowMid(t)}`}
          markerEnd="url(#map-arrow)"
        />
      ))}
    </g>
  );
}

/** One department: its lane across the journey, with the stages it owns marked. */
function MapRow(props: {
  row: TValueChainMap['rows'][number];
  index: number;
  width: number;
  stages: TValueChainMap['stages'];
}) {
  const { row, index, width, stages } = props;
  return (
    <g className="map__row">
      <rect
        className={index % 2 ? 'map__band map__band--odd' : 'map__band'}
        x={0}
        y={rowY(index)}
        width={width}
        height={ROW_H}
      />
      <text x={LABEL_W - 14} y={rowMid(index) + 5} textAnchor="end" className="map__department">
        {row.name}
      </text>
      {row.owned.map((owned, column) =>
        owned ? (
          <g key={stages[column]?.id} className="map__owned">
            <title>{`${row.name} owns ${stages[column]?.name}`}</title>
            <rect
              x={colX(column) + 6}
              y={rowY(index) + 8}
              width={COL_W - 12}
              height={ROW_H - 16}
              rx={6}
            />
            <text x={colX(column) + COL_W / 2} y={rowMid(index) + 4} textAnchor="middle">
              {stages[column]?.name}
            </text>
          </g>
        ) : null,
      )}
    </g>
  );
}

export function ValueChainMap({
  map,
  title,
  breaches,
}: {
  map: TValueChainMap;
  title: string;
  /** Promise breaches per stage and handoff, when the promises module has measured any. */
  breaches?: TValueChainBreaches | undefined;
}) {
  const columns = map.stages.length;
  const width = colX(columns - 1) + COL_W + 16;
  const measuresY = rowY(map.rows.length) + 10;
  const height = measuresY + MEASURE_H;
  const measures = buildMeasures(breaches);
  return (
    <section className="chart-scroll map" aria-label={`Horizontal map of ${title}`}>
      <svg
        viewBox={`0 0 ${width} ${height}`}
        // Fits the page down to 1040 px wide, then scrolls sideways: a long journey stays legible.
        style={{ width: '100%', minWidth: Math.min(width, 1040), maxWidth: width }}
        role="img"
        aria-labelledby="map-title map-desc"
      >
        <title id="map-title">Horizontal map of {title}</title>
        <desc id="map-desc">
          Stages of the customer journey from left to right, the departments that own them from top
          to bottom, and the {map.handoffs.length} handoffs between them.
        </desc>
        <defs>
          <marker
            id="map-arrow"
            viewBox="0 0 10 10"
            refX="8"
            refY="5"
            markerWidth="7"
            markerHeight="7"
            orient="auto-start-reverse"
          >
            <path d="M 0 0 L 10 5 L 0 10 z" className="map__arrow-head" />
          </marker>
        </defs>
        {map.rows.map((row, index) => (
          <MapRow
            key={row.departmentId}
            row={row}
            index={index}
            width={width}
            stages={map.stages}
          />
        ))}
        {map.stages.map((stage, column) => (
          <g key={stage.id}>
            <text x={colX(column) + COL_W / 2} y={22} textAnchor="middle" className="map__stage">
              {column + 1} · {stage.name}
            </text>
            <MeasureOrPending
              measure={measures.stage(stage.id)}
              x={colX(column)}
              y={measuresY}
              width={COL_W}
            />
          </g>
        ))}
        {map.handoffs.map((handoff, index) => (
          <g key={handoff.fromStageId}>
            <HandoffArrows handoff={handoff} number={index + 1} />
            <MeasureOrPending
              measure={measures.handoff(handoff.fromStageId)}
              x={colX(handoff.afterIndex) + COL_W}
              y={measuresY}
              width={GAP_W}
            />
          </g>
        ))}
        <text
          x={LABEL_W - 14}
          y={measuresY + 20}
          textAnchor="end"
          className="map__department map__department--muted"
        >
          Measures
        </text>
      </svg>
      <p className="map__legend muted">
        <span className="legend legend--complete">the customer passes to another silo</span>{' '}
        <span className="legend legend--partial">a silo joins or leaves while another stays</span>
      </p>
    </section>
  );
}
