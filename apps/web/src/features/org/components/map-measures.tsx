import type { TValueChainBreaches } from '@customeric/contracts';

interface TMeasuredBoxProps {
  x: number;
  y: number;
  width: number;
  height: number;
  lines: readonly string[];
  /** No breach: the box is green rather than red. */
  clean: boolean;
}

/** Broken promises at a stage or across a handoff, under the map's column or gap. */
export function MeasuredBox({ x, y, width, height, lines, clean }: TMeasuredBoxProps) {
  return (
    <g className={`map__measures map__measures--live${clean ? ' map__measures--clean' : ''}`}>
      <rect x={x + 4} y={y} width={width - 8} height={height} rx={6} />
      <text x={x + width / 2} y={y + 22} textAnchor="middle">
        {lines.map((line, index) => (
          <tspan
            key={line}
            x={x + width / 2}
            dy={index === 0 ? 0 : 16}
            className={index === 0 ? 'map__measure-main' : undefined}
          >
            {/* The space keeps the lines apart in the text a screen reader reads. */}
            {index < lines.length - 1 ? `${line} ` : line}
          </tspan>
        ))}
      </text>
    </g>
  );
}

const breachCount = (count: number) =>
  `${count.toLocaleString()} ${count === 1 ? 'breach' : 'breaches'}`;

/** A stage's lines, or null when no promise was measured there (the box then says so). */
function stageLines(stage: TValueChainBreaches['stages'][number] | undefined) {
  if (!stage || stage.kept + stage.broken + stage.open === 0) return null;
  const rate = stage.rate === null ? 'none resolved' : `${Math.round(stage.rate * 100)} % kept`;
  const resolved = `of ${(stage.kept + stage.broken).toLocaleString()} resolved`;
  return [breachCount(stage.breaches), rate, resolved];
}

/** Once any stage of the chain is measured, a handoff without breaches is a measure too. */
function handoffLines(
  handoff: TValueChainBreaches['handoffs'][number] | undefined,
  measured: boolean,
) {
  if (!handoff || (!measured && handoff.breaches === 0)) return null;
  return [breachCount(handoff.breaches), 'across it'];
}

export interface TMeasure {
  lines: string[];
  clean: boolean;
}

/** What the map shows under each stage and handoff; null leaves the box saying it is pending. */
export function buildMeasures(breaches: TValueChainBreaches | undefined) {
  const stageOf = (id: string) => breaches?.stages.find((stage) => stage.stageId === id);
  const handoffOf = (id: string) => breaches?.handoffs.find((h) => h.fromStageId === id);
  const measured = breaches?.stages.some((s) => s.kept + s.broken + s.open > 0) ?? false;
  return {
    stage(stageId: string): TMeasure | null {
      const lines = stageLines(stageOf(stageId));
      return lines && { lines, clean: (stageOf(stageId)?.breaches ?? 0) === 0 };
    },
    handoff(fromStageId: string): TMeasure | null {
      const lines = handoffLines(handoffOf(fromStageId), measured);
      return lines && { lines, clean: (handoffOf(fromStageId)?.breaches ?? 0) === 0 };
    },
  };
}
