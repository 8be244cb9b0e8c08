import type { TScoreDimension } from '@customeric/contracts';
import { SCORE_GRAINS } from '@customeric/domain';
import { EmptyState } from '../../../components/ui/empty-state.tsx';
import { IntervalChart } from '../../../components/ui/interval-chart.tsx';
import { Loading } from '../../../components/ui/loading.tsx';
import { ProblemAlert } from '../../../components/ui/problem-alert.tsx';
import { useScoreTable } from '../api/scores-api.ts';
import {
  DIMENSION_OPTIONS,
  formatScore,
  isRunning,
  KIND_OPTIONS,
  scaleOf,
  trimLeadingEmpty,
} from '../format.ts';
import { useChartWidth } from '../use-chart-width.ts';
import { useSearchValues } from '../use-search-values.ts';
import { GroupForest } from './group-forest.tsx';
import { ScoreTableView } from './score-table-view.tsx';
import { SelectField } from './select-field.tsx';

type TKind = 'nps' | 'csat' | 'ces';
type TGrain = (typeof SCORE_GRAINS)[number];

/** A score by period (and group), every value with its interval and number of answers. */
export function ScoresPage() {
  const [values, change] = useSearchValues({ kind: 'nps', grain: 'quarter', by: '' });
  const kind = values.kind as TKind;
  const table = useScoreTable({
    kind,
    grain: values.grain as TGrain,
    by: (values.by || undefined) as TScoreDimension | undefined,
  });
  const scale = scaleOf(kind);
  const empty = table.data?.total.cells.every((cell) => cell.n === 0);
  const shown = table.data ? trimLeadingEmpty(table.data) : null;
  const running = shown?.table.periods.find((period) => isRunning(period));
  const [chartBox, chartWidth] = useChartWidth<HTMLDivElement>(600);
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
          label="Period"
          value={values.grain}
          onChange={(v) => change('grain', v)}
          options={SCORE_GRAINS.map((grain) => [
            grain,
            `${grain[0]?.toUpperCase()}${grain.slice(1)}s`,
          ])}
        />
        <SelectField
          label="Split by"
          value={values.by}
          onChange={(v) => change('by', v)}
          options={DIMENSION_OPTIONS}
          empty="Nothing"
        />
      </search>
      {table.isPending ? <Loading label="Loading scores…" /> : null}
      <ProblemAlert error={table.error} title="The scores could not be loaded" />
      {table.data && empty ? (
        <EmptyState title={`No ${scale.label} answers in these periods`}>
          <p>
            Scores appear as survey answers arrive. Send a survey from Voice, or import answers from
            a CSV file.
          </p>
        </EmptyState>
      ) : null}
      {shown && !empty ? (
        <>
          <section className="card score-section" aria-labelledby="score-trend">
            <h2 id="score-trend">{scale.label}, all answers</h2>
            <p className="muted">
              Bars are 95 % intervals (
              {kind === 'nps' ? 'adjusted Wald' : kind === 'csat' ? 'Wilson' : 'Student t'}); a
              hollow dot is a small sample (fewer than {shown.table.smallSampleBelow} answers),
              shown so it is not mistaken for nothing.
              {shown.hidden === 1 ? ' The period before has no answers.' : ''}
              {shown.hidden > 1 ? ` The ${shown.hidden} earlier periods have no answers.` : ''}
              {running
                ? ` ${running.label} is still running: its figures will move until it ends.`
                : ''}
            </p>
            <div ref={chartBox}>
              <IntervalChart
                title={`${scale.label} by period`}
                points={shown.table.total.cells.map((cell) => ({ ...cell, label: cell.period }))}
                min={scale.min}
                max={scale.max}
                reference={kind === 'nps' ? 0 : undefined}
                format={(value) => formatScore(kind, value)}
                width={chartWidth}
                height={chartWidth < 480 ? 180 : 200}
              />
            </div>
          </section>
          {shown.table.by ? <GroupForest table={shown.table} /> : null}
          <ScoreTableView table={shown.table} />
          <p className="muted score-legend">
            A change marked • is real at the 95 % level (its interval leaves out zero); the others
            are within noise. Hover a change for its interval and p-value.
          </p>
        </>
      ) : null}
    </>
  );
}
