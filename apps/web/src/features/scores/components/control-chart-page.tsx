import { EmptyState } from '../../../components/ui/empty-state.tsx';
import { Loading } from '../../../components/ui/loading.tsx';
import { ProblemAlert } from '../../../components/ui/problem-alert.tsx';
import { useControlChart, useScoreTable } from '../api/scores-api.ts';
import { formatScore, KIND_OPTIONS, scaleOf } from '../format.ts';
import { useSearchValues } from '../use-search-values.ts';
import { ControlPanel } from './control-chart-svg.tsx';
import { SelectField } from './select-field.tsx';

type TKind = 'nps' | 'csat' | 'ces';

/** The segments that have answers of this score (from the yearly table), for the filter. */
function useSegmentOptions(kind: TKind, current: string): [string, string][] {
  const table = useScoreTable({ kind, grain: 'year', by: 'segment' });
  const keys = (table.data?.groups ?? []).flatMap((group) => (group.key ? [group.key] : []));
  if (current && !keys.includes(current)) keys.push(current);
  return keys.map((key) => [key, key]);
}

const WEEK_OPTIONS = [
  ['13', 'Last 13 weeks'],
  ['26', 'Last 26 weeks'],
  ['52', 'Last 52 weeks'],
] as const;

/** Weekly control charts: Shewhart limits that follow each week's answers, and an EWMA for drifts. */
export function ControlChartPage() {
  const [values, change] = useSearchValues({ kind: 'nps', weeks: '26', segment: '' });
  const kind = values.kind as TKind;
  const chart = useControlChart({
    kind,
    weeks: Number(values.weeks),
    segment: values.segment || undefined,
  });
  const segments = useSegmentOptions(kind, values.segment);
  const data = chart.data;
  const signals = data?.weeks.filter((week) => week.signal || week.ewmaSignal) ?? [];
  return (
    <>
      <search className="toolbar">
        <SelectField
          label="Score"
          value={values.kind}
          onChange={(v) => change('kind', v)}
          options={KIND_OPTIONS}
        />
        <SelectField
          label="Weeks"
          value={values.weeks}
          onChange={(v) => change('weeks', v)}
          options={WEEK_OPTIONS}
        />
        <SelectField
          label="Segment"
          value={values.segment}
          onChange={(v) => change('segment', v)}
          options={segments}
          empty="All segments"
        />
      </search>
      {chart.isPending ? <Loading label="Loading the chart…" /> : null}
      <ProblemAlert error={chart.error} title="The control chart could not be loaded" />
      {data?.weeks.every((week) => week.n === 0) ? (
        <EmptyState title={`No ${scaleOf(kind).label} answers in these weeks`}>
          <p>The chart fills in as answers arrive; choose more weeks or another score.</p>
        </EmptyState>
      ) : null}
      {data?.weeks.some((week) => week.n > 0) ? (
        <>
          <p
            className={
              signals.length > 0
                ? 'alert alert--warning control__verdict'
                : 'alert alert--success control__verdict'
            }
          >
            {data.verdict}
          </p>
          <section className="card score-section" aria-labelledby="shewhart-title">
            <h2 id="shewhart-title">Each week against its limits</h2>
            <p className="muted">
              The centre (grey line) is the score of all the weeks shown; the limits (orange steps,
              3 standard errors) are wider in weeks with few answers. A point outside them is a real
              change that week, drawn larger, red below and green above; a point inside is noise,
              however far it moved. Hover a point for its answers.
            </p>
            <ControlPanel
              chart={data}
              height={240}
              title="Weekly score with control limits"
              value={(w) => w.value}
              lower={(w) => w.lower}
              upper={(w) => w.upper}
              signal={(w) => w.signal}
            />
          </section>
          <section className="card score-section" aria-labelledby="ewma-title">
            <h2 id="ewma-title">Slow drifts (EWMA)</h2>
            <p className="muted">
              An exponentially weighted average (λ = 0.2) remembers earlier weeks, so a small shift
              that lasts shows here before any single week leaves its limits.
            </p>
            <ControlPanel
              chart={data}
              height={200}
              title="EWMA of the weekly score"
              value={(w) => w.ewma}
              lower={(w) => w.ewmaLower}
              upper={(w) => w.ewmaUpper}
              signal={(w) => w.ewmaSignal}
            />
          </section>
          {signals.length > 0 ? (
            <div className="table-wrap">
              <table className="table">
                <caption className="visually-hidden">Weeks with a signal</caption>
                <thead>
                  <tr>
                    <th scope="col">Week</th>
                    <th scope="col">Score</th>
                    <th scope="col">Answers</th>
                    <th scope="col">Signal</th>
                  </tr>
                </thead>
                <tbody>
                  {signals.map((week) => (
                    <tr key={week.period}>
                      <td>{week.period}</td>
                      <td>{week.value === null ? '—' : formatScore(kind, week.value)}</td>
                      <td>{week.n}</td>
                      <td>
                        {week.signal
                          ? `Outside its limits (${week.signal === 'up' ? 'above' : 'below'})`
                          : ''}
                        {week.signal && week.ewmaSignal ? '; ' : ''}
                        {week.ewmaSignal ? `EWMA drift ${week.ewmaSignal}` : ''}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : null}
        </>
      ) : null}
    </>
  );
}
