import { formatRate } from '../../format.ts';

interface TComplianceBarProps {
  rate: number | null;
  target: number;
  /** Accessible name prefix, e.g. the promise's name. */
  label?: string;
}

const WIDTH = 120;
const HEIGHT = 14;

/** Actual compliance as a filled bar, the target as a mark across it. */
export function ComplianceBar({ rate, target, label }: TComplianceBarProps) {
  const met = rate !== null && rate >= target;
  const text =
    rate === null
      ? `nothing resolved yet, target ${formatRate(target)}`
      : `${formatRate(rate)} kept, target ${formatRate(target)}${met ? ', met' : ', missed'}`;
  return (
    <svg
      className="compliance-bar"
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      width={WIDTH}
      height={HEIGHT}
      role="img"
      aria-label={label ? `${label}: ${text}` : text}
    >
      <rect
        className="compliance-bar__track"
        x={0}
        y={2}
        width={WIDTH}
        height={HEIGHT - 4}
        rx={3}
      />
      {rate === null ? null : (
        <rect
          className={
            met ? 'compliance-bar__fill' : 'compliance-bar__fill compliance-bar__fill--missed'
          }
          x={0}
          y={2}
          width={Math.max(rate * WIDTH, 1)}
          height={HEIGHT - 4}
          rx={3}
        />
      )}
      <line
        className="compliance-bar__target"
        x1={target * WIDTH}
        x2={target * WIDTH}
        y1={0}
        y2={HEIGHT}
      />
    </svg>
  );
}
