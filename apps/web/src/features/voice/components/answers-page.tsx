import type { TAnswer, TTheme } from '@customeric/contracts';
import { Link, useSearchParams } from 'react-router';
import { EmptyState } from '../../../components/ui/empty-state.tsx';
import { LoadMore } from '../../../components/ui/load-more.tsx';
import { Loading } from '../../../components/ui/loading.tsx';
import { ProblemAlert } from '../../../components/ui/problem-alert.tsx';
import { formatDateTime } from '../../../lib/format.ts';
import { useCan } from '../../../lib/permissions.ts';
import { useDebouncedValue } from '../../../lib/use-debounced-value.ts';
import { type TAnswerFilters, useAnswers } from '../api/answers.ts';
import { useSurveys } from '../api/surveys.ts';
import { useThemes } from '../api/themes.ts';
import { VIA_LABELS } from '../voice-labels.ts';
import { AnswerFilters, type TFilterValues } from './answer-filters.tsx';
import { AnswerThemesCell } from './answer-themes-cell.tsx';
import { ScoreBadge } from './score-badge.tsx';

const NAMES: (keyof TFilterValues)[] = [
  'surveyId',
  'kind',
  'npsGroup',
  'themeId',
  'segment',
  'hasComment',
  'q',
  'from',
  'to',
];

function toQuery(values: TFilterValues): TAnswerFilters {
  const query: Record<string, unknown> = {};
  for (const name of NAMES) if (values[name]) query[name] = values[name];
  if (values.hasComment) query.hasComment = values.hasComment === 'true';
  return query as TAnswerFilters;
}

function AnswersTable({
  answers,
  themes,
}: {
  answers: readonly TAnswer[];
  themes: readonly TTheme[];
}) {
  const canWrite = useCan('voice.write');
  return (
    <div className="table-wrap">
      <table className="table voice-answers">
        <thead>
          <tr>
            <th scope="col">Answered</th>
            <th scope="col">Score</th>
            <th scope="col">Customer</th>
            <th scope="col">Comment</th>
            <th scope="col">Themes</th>
          </tr>
        </thead>
        <tbody>
          {answers.map((answer) => (
            <tr key={answer.id}>
              <td className="table__nowrap">
                {formatDateTime(answer.answeredAt)}
                <span className="cell-sub">
                  {answer.surveyName} · {VIA_LABELS[answer.via]}
                </span>
              </td>
              <td>
                <ScoreBadge answer={answer} />
              </td>
              <td>
                <Link to={`/customers/${answer.customerId}`}>
                  {answer.customerName ?? answer.customerId}
                </Link>
                <span className="cell-sub">
                  {[answer.segment, answer.contactName].filter(Boolean).join(' · ')}
                </span>
              </td>
              <td className="voice-answers__comment" lang={answer.language ?? undefined}>
                {answer.comment ?? <span className="muted">No comment</span>}
              </td>
              <td>
                <AnswerThemesCell answer={answer} themes={themes} canWrite={canWrite} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Every answer with its score, comment and themes, filtered by survey, group, theme, segment, time. */
export function AnswersPage() {
  const [params, setParams] = useSearchParams();
  const values = Object.fromEntries(
    NAMES.map((name) => [name, params.get(name) ?? '']),
  ) as unknown as TFilterValues;
  // Typing in the text filters sends one request per pause, not one per key.
  const query = useDebouncedValue(
    JSON.stringify(toQuery({ ...values, q: values.q.trim(), segment: values.segment.trim() })),
  );
  const answers = useAnswers(JSON.parse(query) as TAnswerFilters);
  const surveys = useSurveys();
  const themes = useThemes();
  const items = answers.data?.pages.flatMap((page) => page.items) ?? [];
  const change = (name: keyof TFilterValues, value: string) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value) next.set(name, value);
        else next.delete(name);
        return next;
      },
      { replace: true },
    );
  const filtered = NAMES.some((name) => values[name]);
  return (
    <>
      <h2 className="visually-hidden">Answers</h2>
      <AnswerFilters
        values={values}
        onChange={change}
        surveys={surveys.data?.items ?? []}
        themes={themes.data?.items ?? []}
      />
      {answers.isPending ? <Loading label="Loading answers…" /> : null}
      <ProblemAlert error={answers.error} title="The answers could not be loaded" />
      {answers.isSuccess && items.length === 0 ? (
        <EmptyState title={filtered ? 'No answer matches' : 'No answers yet'}>
          <p>
            {filtered
              ? 'Loosen a filter, or search for fewer words.'
              : 'Invite customers from a survey, send answers by API, or import a CSV file.'}
          </p>
        </EmptyState>
      ) : null}
      {items.length > 0 ? (
        <>
          <AnswersTable answers={items} themes={themes.data?.items ?? []} />
          <LoadMore
            hasNextPage={answers.hasNextPage}
            isFetchingNextPage={answers.isFetchingNextPage}
            onLoadMore={() => answers.fetchNextPage()}
            shown={items.length}
            nouns={['answer', 'answers']}
          />
        </>
      ) : null}
    </>
  );
}
