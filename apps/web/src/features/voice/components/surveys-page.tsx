import type { TSurvey } from '@customeric/contracts';
import { Link, useNavigate } from 'react-router';
import { EmptyState } from '../../../components/ui/empty-state.tsx';
import { Loading } from '../../../components/ui/loading.tsx';
import { ProblemAlert } from '../../../components/ui/problem-alert.tsx';
import { useCan } from '../../../lib/permissions.ts';
import { useSurveys } from '../api/surveys.ts';
import { formatDay, KIND_LABELS, STATUS_CLASS, STATUS_LABELS } from '../voice-labels.ts';
import { VoiceSettingsCard } from './voice-settings-card.tsx';

function placeOf(survey: TSurvey): string {
  const parts = [
    survey.touchpointType,
    survey.departmentName,
    survey.stageName ? `stage ${survey.stageName}` : null,
  ];
  const known = parts.filter(Boolean);
  return known.length > 0 ? known.join(' · ') : 'The relationship as a whole';
}

function SurveysTable({ surveys }: { surveys: readonly TSurvey[] }) {
  return (
    <div className="table-wrap">
      <table className="table">
        <thead>
          <tr>
            <th scope="col">Survey</th>
            <th scope="col">Kind</th>
            <th scope="col">Status</th>
            <th scope="col">Asks about</th>
            <th scope="col">Invited</th>
            <th scope="col">Answers</th>
            <th scope="col">Last answer</th>
          </tr>
        </thead>
        <tbody>
          {surveys.map((survey) => (
            <tr
              key={survey.id}
              className={survey.status === 'closed' ? 'table__row--muted' : undefined}
            >
              <th scope="row">
                <Link to={`/voice/surveys/${survey.id}`}>{survey.name}</Link>
              </th>
              <td>{KIND_LABELS[survey.kind]}</td>
              <td>
                <span className={STATUS_CLASS[survey.status]}>{STATUS_LABELS[survey.status]}</span>
              </td>
              <td>{placeOf(survey)}</td>
              <td>{survey.invitationCount.toLocaleString()}</td>
              <td>
                {survey.answerCount > 0 ? (
                  <Link to={`/voice/answers?surveyId=${survey.id}`}>
                    {survey.answerCount.toLocaleString()}
                  </Link>
                ) : (
                  0
                )}
              </td>
              <td className="table__nowrap">{formatDay(survey.lastAnsweredAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function SurveysPage() {
  const surveys = useSurveys();
  const canWrite = useCan('voice.write');
  const navigate = useNavigate();
  const items = surveys.data?.items ?? [];
  return (
    <>
      <div className="section-heading section-heading--flush">
        <h2>Surveys</h2>
        {canWrite ? (
          <button
            type="button"
            className="button button--primary"
            onClick={() => navigate('/voice/surveys/new')}
          >
            New survey
          </button>
        ) : null}
      </div>
      {surveys.isPending ? <Loading label="Loading surveys…" /> : null}
      <ProblemAlert error={surveys.error} title="The surveys could not be loaded" />
      {surveys.isSuccess && items.length === 0 ? (
        <EmptyState title="No surveys yet">
          <p>
            Start with a relationship NPS, or a CSAT the day after a delivery. Then invite customers
            by link, send answers through the API, or import a CSV file.
          </p>
        </EmptyState>
      ) : null}
      {items.length > 0 ? <SurveysTable surveys={items} /> : null}
      <VoiceSettingsCard />
    </>
  );
}
