import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { ConfirmButton } from '../../../components/ui/confirm-button.tsx';
import { Loading } from '../../../components/ui/loading.tsx';
import { ProblemAlert } from '../../../components/ui/problem-alert.tsx';
import { useCan } from '../../../lib/permissions.ts';
import { useDeleteSurvey, useSurvey } from '../api/surveys.ts';
import { KIND_LABELS, STATUS_CLASS, STATUS_LABELS } from '../voice-labels.ts';
import { InvitationsTable } from './invitations-table.tsx';
import { InvitePanel } from './invite-panel.tsx';
import { SurveyForm } from './survey-form.tsx';

export function NewSurveyPage() {
  const navigate = useNavigate();
  return (
    <>
      <h2>New survey</h2>
      <SurveyForm
        survey={null}
        onSaved={(survey) => navigate(`/voice/surveys/${survey.id}`)}
        onCancel={() => navigate('/voice')}
      />
    </>
  );
}

/** One survey: its wording and placement, who to invite, and who was invited. */
export function SurveyPage() {
  const { surveyId = '' } = useParams();
  const survey = useSurvey(surveyId);
  const remove = useDeleteSurvey();
  const navigate = useNavigate();
  const canWrite = useCan('voice.write');
  const [editing, setEditing] = useState(false);
  if (survey.isPending) return <Loading label="Loading the survey…" />;
  if (!survey.data)
    return <ProblemAlert error={survey.error} title="The survey could not be loaded" />;
  const data = survey.data;
  return (
    <>
      <p className="breadcrumb">
        <Link to="/voice">Surveys</Link> / {data.name}
      </p>
      <div className="section-heading section-heading--flush">
        <h2>
          {data.name}{' '}
          <span className={STATUS_CLASS[data.status]}>{STATUS_LABELS[data.status]}</span>
        </h2>
        <p className="muted">
          {KIND_LABELS[data.kind]} · {data.invitationCount.toLocaleString()} invited ·{' '}
          <Link to={`/voice/answers?surveyId=${data.id}`}>
            {data.answerCount.toLocaleString()} answers
          </Link>
        </p>
      </div>
      <blockquote className="voice-question">{data.question}</blockquote>
      {canWrite && !editing ? (
        <div className="form__actions">
          <button type="button" className="button" onClick={() => setEditing(true)}>
            Edit the survey
          </button>
          {data.status === 'draft' && data.invitationCount === 0 ? (
            <ConfirmButton
              label="Delete draft"
              question="Delete this draft?"
              confirmLabel="Delete"
              pending={remove.isPending}
              onConfirm={() => remove.mutate(data.id, { onSuccess: () => navigate('/voice') })}
            />
          ) : null}
        </div>
      ) : null}
      <ProblemAlert error={remove.error} title="The survey was not deleted" />
      {editing ? (
        <SurveyForm
          survey={data}
          onSaved={() => setEditing(false)}
          onCancel={() => setEditing(false)}
        />
      ) : null}
      {canWrite && data.status !== 'closed' ? <InvitePanel survey={data} /> : null}
      <InvitationsTable surveyId={data.id} />
    </>
  );
}
