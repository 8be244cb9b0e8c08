import type { TPublicSurvey } from '@customeric/contracts';
import { type FormEvent, useId, useRef, useState } from 'react';
import { isApiError } from '../../../lib/api-client.ts';
import { getProblemFieldErrors } from '../../../lib/field-errors.ts';
import { useSubmitPublicAnswer } from '../api/public-survey.ts';
import { OtherQuestion } from './other-question.tsx';
import { ScoreScale } from './score-scale.tsx';

interface TPublicSurveyFormProps {
  token: string;
  survey: TPublicSurvey;
  onDone: (result: { thankYouMessage: string } | { used: string }) => void;
}

function errorsOf(error: unknown): Record<string, string> {
  const problem = isApiError(error) ? error.problem : undefined;
  const errors: Record<string, string> = {};
  for (const entry of problem?.errors ?? []) errors[entry.pointer] ??= entry.message;
  return { ...getProblemFieldErrors(problem), ...errors };
}

/** The score, the comment and any other questions; one press of Enter or the button sends. */
export function PublicSurveyForm({ token, survey, onDone }: TPublicSurveyFormProps) {
  const submit = useSubmitPublicAnswer(token);
  const [score, setScore] = useState<number | null>(null);
  const [comment, setComment] = useState('');
  const [answers, setAnswers] = useState<Record<string, string | number>>({});
  const [missing, setMissing] = useState(false);
  const scaleRef = useRef<HTMLFieldSetElement>(null);
  const commentId = useId();

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (score === null) {
      setMissing(true);
      scaleRef.current?.querySelector('input')?.focus();
      return;
    }
    setMissing(false);
    submit.mutate(
      { score, comment: comment.trim() || null, answers },
      {
        onSuccess: (result) => onDone(result),
        onError: (error) => {
          if (isApiError(error) && (error.code === 'link_used' || error.code === 'link_expired'))
            onDone({ used: error.problem.detail });
        },
      },
    );
  }

  const errors = errorsOf(submit.error);
  const scoreError = missing
    ? `Choose a score from ${survey.scale.min} to ${survey.scale.max}.`
    : (errors['/score'] ?? errors.score ?? null);
  return (
    <form className="survey-page__form" onSubmit={handleSubmit} noValidate>
      <ScoreScale
        ref={scaleRef}
        legend={survey.question}
        name="score"
        min={survey.scale.min}
        max={survey.scale.max}
        lowLabel={survey.scale.lowLabel}
        highLabel={survey.scale.highLabel}
        value={score}
        onChange={(value) => {
          setScore(value);
          setMissing(false);
        }}
        error={scoreError}
        required
      />
      {survey.commentPrompt ? (
        <div className="field">
          <label className="field__label" htmlFor={commentId}>
            {survey.commentPrompt} <span className="muted">(optional)</span>
          </label>
          <textarea
            id={commentId}
            className="input survey-page__textarea"
            rows={4}
            maxLength={5000}
            value={comment}
            onChange={(event) => setComment(event.target.value)}
          />
        </div>
      ) : null}
      {survey.questions.map((question) => (
        <OtherQuestion
          key={question.id}
          question={question}
          value={answers[question.id]}
          onChange={(value) => setAnswers((current) => ({ ...current, [question.id]: value }))}
          error={errors[`/answers/${question.id}`]}
        />
      ))}
      {submit.error && !Object.keys(errors).length ? (
        <div className="alert alert--error" role="alert">
          <p className="alert__title">Your answer was not sent</p>
          <p className="alert__detail">{submit.error.message}</p>
        </div>
      ) : null}
      <button
        type="submit"
        className="button button--primary button--block"
        disabled={submit.isPending}
      >
        {submit.isPending ? 'Sending…' : 'Send my answer'}
      </button>
    </form>
  );
}
