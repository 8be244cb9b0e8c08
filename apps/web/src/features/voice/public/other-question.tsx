import type { TSurveyQuestion } from '@customeric/contracts';
import { RATING_SCALE } from '@customeric/domain';
import { useId } from 'react';
import { ScoreScale } from './score-scale.tsx';

interface TOtherQuestionProps {
  question: TSurveyQuestion;
  value: string | number | undefined;
  onChange: (value: string | number) => void;
  error?: string | undefined;
}

/** One of the survey's other questions: free text, one choice, or 1–5. */
export function OtherQuestion({ question, value, onChange, error }: TOtherQuestionProps) {
  const id = useId();
  const label = `${question.prompt}${question.required ? '' : ' (optional)'}`;
  if (question.kind === 'rating')
    return (
      <ScoreScale
        legend={label}
        name={`q-${question.id}`}
        min={RATING_SCALE.min}
        max={RATING_SCALE.max}
        lowLabel="Poor"
        highLabel="Excellent"
        value={typeof value === 'number' ? value : null}
        onChange={onChange}
        error={error ?? null}
        required={question.required}
      />
    );
  if (question.kind === 'choice')
    return (
      <fieldset className="survey-choice" aria-invalid={error ? true : undefined}>
        <legend className="score-scale__legend">{label}</legend>
        {question.options.map((option) => (
          <label key={option} className="checkbox">
            <input
              type="radio"
              name={`q-${question.id}`}
              value={option}
              checked={value === option}
              onChange={() => onChange(option)}
            />
            <span>{option}</span>
          </label>
        ))}
        {error ? <p className="field__error">{error}</p> : null}
      </fieldset>
    );
  return (
    <div className={error ? 'field field--invalid' : 'field'}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <textarea
        id={id}
        className="input survey-page__textarea"
        rows={3}
        maxLength={2000}
        value={typeof value === 'string' ? value : ''}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={error ? true : undefined}
      />
      {error ? <p className="field__error">{error}</p> : null}
    </div>
  );
}
