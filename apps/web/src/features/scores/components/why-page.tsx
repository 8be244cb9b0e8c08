import { periodContaining, shiftPeriod, type TScoreGrain } from '@customeric/domain';
import { EmptyState } from '../../../components/ui/empty-state.tsx';
import { Loading } from '../../../components/ui/loading.tsx';
import { ProblemAlert } from '../../../components/ui/problem-alert.tsx';
import { useScoreWhy } from '../api/scores-api.ts';
import { KIND_OPTIONS } from '../format.ts';
import { useSearchValues } from '../use-search-values.ts';
import { DriversTable } from './drivers-table.tsx';
import { MixWaterfall } from './mix-waterfall.tsx';
import { SelectField } from './select-field.tsx';
import { WhySummaryCard } from './why-summary-card.tsx';

type TKind = 'nps' | 'csat' | 'ces';

const GRAINS = [
  ['quarter', 'Quarters'],
  ['month', 'Months'],
  ['year', 'Years'],
  ['week', 'Weeks'],
] as const;

const WINDOWS = [
  ['30', '30 days'],
  ['60', '60 days'],
  ['90', '90 days'],
  ['180', '180 days'],
] as const;

/** The complete periods of a grain before today, newest first. */
function recentPeriods(grain: TScoreGrain): [string, string][] {
  const current = periodContaining(grain, new Date());
  return Array.from({ length: 12 }, (_, index) => {
    const period = shiftPeriod(current, -1 - index);
    return [period.label, period.label];
  });
}

/** Why a score moved between two periods: summary, mix and rate by segment, key drivers. */
export function WhyPage() {
  const [values, change, changeMany] = useSearchValues({
    kind: 'nps',
    grain: 'quarter',
    period1: '',
    period2: '',
    windowDays: '90',
  });
  const grain = values.grain as TScoreGrain;
  const why = useScoreWhy({
    kind: values.kind as TKind,
    grain,
    period1: values.period1 || undefined,
    period2: values.period2 || undefined,
    windowDays: Number(values.windowDays),
  });
  const periods = recentPeriods(grain);
  const setGrain = (value: string) => changeMany({ grain: value, period1: '', period2: '' });
  // A "to" at or before the chosen "from" would be refused: "from" goes back to the one before.
  const setTo = (value: string) =>
    changeMany(
      values.period1 && value && values.period1 >= value
        ? { period2: value, period1: '' }
        : { period2: value },
    );
  const data = why.data;
  return (
    <>
      <search className="toolbar">
        <SelectField
          label="Score"
          value={values.kind}
          onChange={(v) => change('kind', v)}
          options={KIND_OPTIONS}
        />
        <SelectField label="Periods" value={values.grain} onChange={setGrain} options={GRAINS} />
        <SelectField
          label="From"
          value={values.period1}
          onChange={(v) => change('period1', v)}
          options={periods}
          empty="The one before"
        />
        <SelectField
          label="To"
          value={values.period2}
          onChange={setTo}
          options={periods}
          empty="The last complete one"
        />
        <SelectField
          label="Look back before an answer"
          value={values.windowDays}
          onChange={(v) => change('windowDays', v)}
          options={WINDOWS}
        />
      </search>
      {why.isPending ? <Loading label="Working out why…" /> : null}
      <ProblemAlert error={why.error} title="The change could not be explained" />
      {data && (data.n1 === 0 || data.n2 === 0) ? (
        <EmptyState
          title={`No answers in ${data.n1 === 0 ? data.period1.label : data.period2.label}`}
        >
          <p>Choose two periods that both have answers of this score.</p>
        </EmptyState>
      ) : null}
      {data && data.n1 > 0 && data.n2 > 0 ? (
        <>
          <WhySummaryCard why={data} />
          <p className="muted">
            {data.period1.label}: {data.n1} answers; {data.period2.label}: {data.n2}. Drivers are
            what happened to each customer in the {data.windowDays} days before answering.
          </p>
          <MixWaterfall why={data} />
          <DriversTable why={data} />
        </>
      ) : null}
    </>
  );
}
