import {
  type TSurvey,
  type TSurveyQuestion,
  ZCreateSurveyRequest,
  ZUpdateSurveyRequest,
} from '@customeric/contracts';
import {
  DEFAULT_QUESTIONS,
  SURVEY_KINDS,
  SURVEY_STATUSES,
  type TSurveyKind,
} from '@customeric/domain';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { SelectField, TextField } from '../../../components/ui/field.tsx';
import { ProblemAlert } from '../../../components/ui/problem-alert.tsx';
import { isApiError } from '../../../lib/api-client.ts';
import {
  getIssueFieldErrors,
  getProblemFieldErrors,
  type TFieldErrors,
} from '../../../lib/field-errors.ts';
import { useSaveSurvey } from '../api/surveys.ts';
import { KIND_LABELS, STATUS_LABELS } from '../voice-labels.ts';
import { PlacementFields } from './placement-fields.tsx';
import { QuestionsEditor } from './questions-editor.tsx';
import { ScaleFields } from './scale-fields.tsx';

interface TSurveyFormProps {
  /** null creates a new survey */
  survey: TSurvey | null;
  onSaved: (survey: TSurvey) => void;
  onCancel?: () => void;
}

const text = (data: FormData, name: string) => String(data.get(name) ?? '').trim();
const orNull = (value: string) => value || null;
const numberOrNull = (value: string) => (value === '' ? null : Number(value));

function readForm(
  form: HTMLFormElement,
  kind: TSurveyKind,
  questions: TSurveyQuestion[],
  survey: TSurvey | null,
) {
  const data = new FormData(form);
  const custom = kind === 'custom';
  return {
    name: text(data, 'name'),
    kind,
    status: text(data, 'status'),
    question: text(data, 'question'),
    commentPrompt: text(data, 'commentPrompt'),
    // Disabled fields (a scale fixed by answers) are not in the form data: keep the survey's.
    ...(custom
      ? {
          scaleMin: data.has('scaleMin') ? Number(text(data, 'scaleMin')) : survey?.scale.min,
          scaleMax: data.has('scaleMax') ? Number(text(data, 'scaleMax')) : survey?.scale.max,
        }
      : {}),
    lowLabel: text(data, 'lowLabel'),
    highLabel: text(data, 'highLabel'),
    language: text(data, 'language') || 'en',
    touchpointType: orNull(text(data, 'touchpointType')),
    departmentId: orNull(text(data, 'departmentId')),
    valueChainId: orNull(text(data, 'valueChainId')),
    stageId: orNull(text(data, 'stageId')),
    recontactDays: numberOrNull(text(data, 'recontactDays')),
    thankYouMessage: text(data, 'thankYouMessage'),
    questions: questions.map((question) => ({
      ...question,
      options:
        question.kind === 'choice'
          ? question.options.map((option) => option.trim()).filter(Boolean)
          : [],
    })),
  };
}

/** The survey editor: every field reachable with Tab, Enter saves, errors stand beside their field. */
export function SurveyForm({ survey, onSaved, onCancel }: TSurveyFormProps) {
  const save = useSaveSurvey();
  const [kind, setKind] = useState<TSurveyKind>(survey?.kind ?? 'nps');
  const [question, setQuestion] = useState(survey?.question ?? DEFAULT_QUESTIONS.nps);
  const [questions, setQuestions] = useState<TSurveyQuestion[]>(survey?.questions ?? []);
  const [clientErrors, setClientErrors] = useState<TFieldErrors>({});
  const firstField = useRef<HTMLInputElement>(null);
  useEffect(() => firstField.current?.focus(), []);

  function changeKind(next: TSurveyKind) {
    // A question still in its default wording follows the kind; one someone wrote stays.
    if (question === DEFAULT_QUESTIONS[kind]) setQuestion(DEFAULT_QUESTIONS[next]);
    setKind(next);
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const values = readForm(event.currentTarget, kind, questions, survey);
    const schema = survey ? ZUpdateSurveyRequest : ZCreateSurveyRequest;
    const parsed = schema.safeParse(values);
    if (!parsed.success) return setClientErrors(getIssueFieldErrors(parsed.error.issues));
    setClientErrors({});
    const input = survey
      ? { surveyId: survey.id, request: ZUpdateSurveyRequest.parse(values) }
      : { surveyId: null, request: ZCreateSurveyRequest.parse(values) };
    save.mutate(input, { onSuccess: onSaved });
  }

  const errors = {
    ...getProblemFieldErrors(isApiError(save.error) ? save.error.problem : undefined),
    ...clientErrors,
  };
  const locked = Boolean(survey && survey.answerCount > 0);
  return (
    <form
      className="card form form--panel"
      onSubmit={handleSubmit}
      noValidate
      aria-label={survey ? 'Edit survey' : 'New survey'}
    >
      <ProblemAlert error={save.error} title="The survey was not saved" />
      <div className="form__grid">
        <TextField
          ref={firstField}
          label="Name"
          name="name"
          defaultValue={survey?.name}
          required
          error={errors.name}
          hint="For your team; customers do not see it"
        />
        <SelectField
          label="Kind"
          name="kind"
          value={kind}
          disabled={locked}
          hint={locked ? 'Fixed once there are answers' : undefined}
          onChange={(event) => changeKind(event.target.value as TSurveyKind)}
        >
          {SURVEY_KINDS.map((value) => (
            <option key={value} value={value}>
              {KIND_LABELS[value]}
            </option>
          ))}
        </SelectField>
        <SelectField
          label="Status"
          name="status"
          defaultValue={survey?.status ?? 'draft'}
          hint="Only active surveys take invitations and answers by link"
        >
          {SURVEY_STATUSES.map((value) => (
            <option key={value} value={value}>
              {STATUS_LABELS[value]}
            </option>
          ))}
        </SelectField>
      </div>
      <div className="field">
        <label className="field__label" htmlFor="survey-question">
          Question
        </label>
        <textarea
          id="survey-question"
          name="question"
          className="input"
          rows={2}
          value={question}
          onChange={(event) => setQuestion(event.target.value)}
          aria-invalid={errors.question ? true : undefined}
          aria-describedby="survey-question-hint"
        />
        <p className="field__hint" id="survey-question-hint">
          {'{organization}'} becomes your organisation’s name.
        </p>
        {errors.question ? <p className="field__error">Question {errors.question}</p> : null}
      </div>
      <ScaleFields survey={survey} kind={kind} errors={errors} />
      <PlacementFields survey={survey} errors={errors} />
      <div className="form__grid">
        <TextField
          label="Language"
          name="language"
          defaultValue={survey?.language ?? 'en'}
          hint="en, de, …"
          error={errors.language}
        />
        <TextField
          label="Ask a contact at most every … days"
          name="recontactDays"
          type="number"
          min={0}
          max={365}
          defaultValue={survey?.recontactDays ?? ''}
          hint="Empty: the organisation’s rule; 0: after every touchpoint"
          error={errors.recontactDays}
        />
        <TextField
          label="Thank-you message"
          name="thankYouMessage"
          defaultValue={survey?.thankYouMessage ?? ''}
          error={errors.thankYouMessage}
        />
      </div>
      <QuestionsEditor questions={questions} onChange={setQuestions} error={errors.questions} />
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={save.isPending}>
          {save.isPending ? 'Saving…' : survey ? 'Save changes' : 'Create survey'}
        </button>
        {onCancel ? (
          <button type="button" className="button" onClick={onCancel}>
            Cancel
          </button>
        ) : null}
      </div>
    </form>
  );
}
