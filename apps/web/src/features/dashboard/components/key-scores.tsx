import type { TKeyScore, TScoreOverview } from '@customeric/contracts';
import { SCORE_KIND_UNITS } from '@customeric/domain';
import { Link } from 'react-router';
import { IntervalChart } from '../../../components/ui/interval-chart.tsx';
import { Loading } from '../../../components/ui/loading.tsx';
import { ProblemAlert } from '../../../components/ui/problem-alert.tsx';
import { evidenceHref } from '../../../lib/evidence-links.ts';
import { useScoreOverview } from '../api/get-score-overview.ts';

const DIGITS = { nps: 0, csat: 1, ces: 2 } as const;

/** The trend from the first quarter with answers (a young organisation has few). */
function withAnswers<T extends { n: number }>(cells: readonly T[]): T[] {
  const first = cells.findIndex((cell) => cell.n > 0);
  return first < 0 ? [] : cells.slice(first);
}

/** A score in its unit; a change (signed) of CSAT is in percentage points. */
function format(score: TKeyScore, value: number, signed = false): string {
  const text = Math.abs(value).toFixed(DIGITS[score.kind]);
  const sign = value < 0 && Number(text) !== 0 ? '−' : signed && Number(text) !== 0 ? '+' : '';
  const unit = score.kind !== 'csat' ? '' : signed ? '\u00a0pp' : '\u00a0%';
  return `${sign}${text}${unit}`;
}

function ScoreCard({ score }: { score: TKeyScore }) {
  const { latest } = score;
  const scale = SCORE_KIND_UNITS[score.kind];
  return (
    <article className="key-score">
      <h3 className="key-score__title">
        <Link to={`/scores?kind=${score.kind}`}>{score.label}</Link>
      </h3>
      {latest.value === null || latest.low === null || latest.high === null ? (
        <p className="muted">No answers in {latest.period}.</p>
      ) : (
        <>
          <p className="key-score__value">{format(score, latest.value)}</p>
          <p className="key-score__meta">
            {latest.period}: 95 % interval {format(score, latest.low)} to{' '}
            {format(score, latest.high)}, {latest.n} answers
            {latest.smallSample ? ' (a small sample)' : ''}
          </p>
        </>
      )}
      {latest.change ? (
        <p
          className={
            latest.change.real ? 'key-score__change key-score__change--real' : 'key-score__change'
          }
        >
          {format(score, latest.change.delta, true)} on the quarter before —{' '}
          {latest.change.real ? 'a real change' : 'within noise'}
        </p>
      ) : null}
      <p className={score.signal ? 'key-score__signal key-score__signal--on' : 'key-score__signal'}>
        {score.signal
          ? `Weekly signal: ${score.signal.direction === 'up' ? 'up' : 'down'} in ${score.signal.period}${score.signal.by === 'ewma' ? ' (slow drift)' : ''}`
          : 'No weekly signal in the last 13 weeks'}
      </p>
      <IntervalChart
        title={`${score.label} by quarter`}
        points={withAnswers(score.trend).map((cell) => ({ ...cell, label: cell.period.slice(2) }))}
        min={scale.min}
        max={scale.max}
        height={120}
        width={320}
        format={(value) => format(score, value)}
      />
    </article>
  );
}

function Reasons({ why }: { why: NonNullable<TScoreOverview['why']> }) {
  return (
    <section className="card key-reasons" aria-labelledby="reasons-title">
      <h3 id="reasons-title">
        Why {why.kind.toUpperCase()} moved from {why.period1} to {why.period2}
      </h3>
      <ol className="key-reasons__list">
        {why.summary.map((sentence) => (
          <li key={sentence.text}>
            {sentence.text}{' '}
            <span className="evidence">
              {sentence.evidence.map((link) => (
                <Link key={evidenceHref(link)} className="evidence__link" to={evidenceHref(link)}>
                  {link.label} →
                </Link>
              ))}
            </span>
          </li>
        ))}
      </ol>
      <Link to={`/scores/why?kind=${why.kind}&period1=${why.period1}&period2=${why.period2}`}>
        The whole analysis →
      </Link>
    </section>
  );
}

/** The CCO's few key scores, with intervals and signals, and the reasons for the latest move. */
export function KeyScores() {
  const overview = useScoreOverview();
  return (
    <section aria-labelledby="key-scores-title" className="key-scores">
      <div className="section-heading">
        <h2 id="key-scores-title">Customer scores</h2>
        <p className="muted">
          The last complete quarter, with 95 % intervals; a change is called real only when its
          interval leaves out zero.
        </p>
      </div>
      {overview.isPending ? <Loading label="Loading scores…" /> : null}
      <ProblemAlert error={overview.error} title="The scores could not be loaded" />
      {overview.data && overview.data.scores.length === 0 ? (
        <p className="muted">No survey answers yet: scores appear here as customers answer.</p>
      ) : null}
      {overview.data && overview.data.scores.length > 0 ? (
        <>
          <div className="key-score-grid">
            {overview.data.scores.map((score) => (
              <ScoreCard key={score.kind} score={score} />
            ))}
          </div>
          {overview.data.why ? <Reasons why={overview.data.why} /> : null}
        </>
      ) : null}
    </section>
  );
}
