import type { TScoreWhy, TWhyDriver } from '@customeric/contracts';
import type { TScoreKind } from '@customeric/domain';
import { formatChange, formatScore, percent } from '../format.ts';
import { EvidenceList } from './evidence-list.tsx';

/** A size without its sign: 50, or 4.2 pp. */
const size = (kind: TScoreKind, value: number) => formatChange(kind, value).replace(/^[+±−]/, '');

/** Below this many answers with it, a driver's lift is marked as a small sample (as scores are). */
const SMALL = 30;

/** Whole percentage points with a true minus sign. */
const minus = (value: number) => {
  const text = Math.abs(value).toFixed(0);
  return value < 0 && text !== '0' ? `−${text}` : text;
};

function LiftBar({ driver, scale }: { driver: TWhyDriver; scale: number }) {
  const x = (value: number) => 50 + (value / scale) * 50;
  return (
    <svg
      viewBox="0 0 100 14"
      className="driver-bar"
      role="img"
      aria-label={`${driver.lift.toFixed(0)} points, interval ${driver.liftLow.toFixed(0)} to ${driver.liftHigh.toFixed(0)}`}
    >
      <line className="driver-bar__axis" x1={50} x2={50} y1={0} y2={14} />
      <rect
        className={
          driver.lift >= 0
            ? 'driver-bar__fill driver-bar__fill--worse'
            : 'driver-bar__fill driver-bar__fill--better'
        }
        x={Math.min(50, x(driver.lift))}
        width={Math.abs(x(driver.lift) - 50)}
        y={3}
        height={8}
      />
      <line
        className="driver-bar__interval"
        x1={x(driver.liftLow)}
        x2={x(driver.liftHigh)}
        y1={7}
        y2={7}
      />
    </svg>
  );
}

function WeightBar({ percent: share }: { percent: number | null }) {
  if (share === null) return <span className="muted">—</span>;
  return (
    <span className="weight-bar">
      <span className="weight-bar__fill" style={{ width: `${Math.min(100, share)}%` }} />
      <span className="weight-bar__text">{share.toFixed(0)} %</span>
    </span>
  );
}

/** Key drivers: how common each was, how much more often it came with unhappy answers, its weight. */
export function DriversTable({ why }: { why: TScoreWhy }) {
  const kind = why.kind as TScoreKind;
  const items = why.drivers.items;
  if (items.length === 0)
    return (
      <section className="card score-section" aria-labelledby="drivers-title">
        <h2 id="drivers-title">Key drivers</h2>
        <p className="muted">
          No driver was seen on enough answers (at least ten with it and ten without) to weigh.
          Drivers are the promises broken, the cases and the comment themes of each customer before
          answering: a longer look-back window or longer periods give them more answers.
        </p>
      </section>
    );
  // Each part is worked out alone, so drivers that come together on the same answers (one
  // billing error breaks two billing promises) share points and add up to more than the move.
  const parts = items.reduce((sum, driver) => sum + Math.abs(driver.contribution), 0);
  const move = Math.abs(why.change?.delta ?? 0);
  const scale = Math.max(10, ...items.flatMap((d) => [Math.abs(d.liftLow), Math.abs(d.liftHigh)]));
  return (
    <section className="card score-section" aria-labelledby="drivers-title">
      <h2 id="drivers-title">Key drivers</h2>
      <p className="muted">
        For each driver: how many answers had it (n) and their share in each period; how many
        percentage points more likely those answers were {why.unhappy} (bar, with its 95 % Newcombe
        interval); its relative weight (Johnson) and LMG share of the R² ={' '}
        {why.drivers.r2.toFixed(3)} of a linear model; the part of the change it explains; and the
        score of {why.period2.label} without those answers. Sorted by the part of the move each
        explains.
      </p>
      <div className="table-wrap">
        <table className="table drivers-table">
          <thead>
            <tr>
              <th scope="col">Driver and its evidence</th>
              <th scope="col">Had it</th>
              <th scope="col">More likely {why.unhappy.split(' (')[0]}</th>
              <th scope="col">Weight (LMG)</th>
              <th scope="col">Part of the move</th>
              <th scope="col">{why.period2.label} without it</th>
            </tr>
          </thead>
          <tbody>
            {items.map((driver) => (
              <tr key={driver.key}>
                <th scope="row">
                  <span className="drivers-table__label">{driver.label}</span>
                  <span className="drivers-table__n">
                    n = {driver.answers} answers with it
                    {driver.answers < SMALL ? (
                      <abbr title={`Fewer than ${SMALL} answers had it: read with care`}>
                        {' '}
                        small
                      </abbr>
                    ) : null}
                  </span>
                  <EvidenceList links={driver.evidence} />
                </th>
                <td className="table__nowrap">
                  {percent(driver.prevalence1)} → {percent(driver.prevalence2)}
                </td>
                <td>
                  <LiftBar driver={driver} scale={scale} />
                  <span className="drivers-table__lift">
                    {formatChange('nps', driver.lift)} pp{' '}
                    <span className="muted">
                      ({minus(driver.liftLow)} to {minus(driver.liftHigh)})
                    </span>
                  </span>
                </td>
                <td className="table__nowrap">
                  <WeightBar percent={driver.relativeWeightPercent} />
                  <span className="drivers-table__n">
                    LMG {driver.lmg === null ? '—' : driver.lmg.toFixed(3)}
                  </span>
                </td>
                <td>{formatChange(kind, driver.contribution)}</td>
                <td>
                  {driver.valueWithout2 === null ? '—' : formatScore(kind, driver.valueWithout2)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {parts > move * 1.1 ? (
        <p className="muted score-legend">
          The parts overlap: each is worked out alone, and drivers that come together on the same
          answers share points, so together they add up to {size(kind, parts)} against a move of{' '}
          {size(kind, move)}. Relative weights and LMG split the shared part.
        </p>
      ) : null}
    </section>
  );
}
