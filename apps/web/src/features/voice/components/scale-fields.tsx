import type { TSurvey } from '@customeric/contracts';
import { FIXED_SCALES, type TSurveyKind } from '@customeric/domain';
import { TextField } from '../../../components/ui/field.tsx';
import type { TFieldErrors } from '../../../lib/field-errors.ts';

interface TScaleFieldsProps {
  survey: TSurvey | null;
  kind: TSurveyKind;
  errors: TFieldErrors;
}

/** A label equal to its kind's default is shown as the placeholder, so it follows the kind. */
function ownLabel(label: string | undefined, fallback: string | undefined): string {
  return label && label !== fallback ? label : '';
}

/** The comment prompt and the scale: fixed for NPS, CSAT and CES, chosen for a custom survey. */
export function ScaleFields({ survey, kind, errors }: TScaleFieldsProps) {
  const fixed = kind === 'custom' ? null : FIXED_SCALES[kind];
  const locked = Boolean(survey && survey.answerCount > 0);
  return (
    <div className="form__grid">
      <TextField
        label="Comment prompt"
        name="commentPrompt"
        defaultValue={
          survey ? (survey.commentPrompt ?? '') : 'What is the main reason for your score?'
        }
        hint="Empty: no comment box"
        error={errors.commentPrompt}
      />
      {kind === 'custom' ? (
        <>
          <TextField
            label="Lowest point"
            name="scaleMin"
            type="number"
            min={0}
            max={10}
            defaultValue={survey?.scale.min ?? 1}
            disabled={locked}
            error={errors.scaleMin}
          />
          <TextField
            label="Highest point"
            name="scaleMax"
            type="number"
            min={0}
            max={10}
            defaultValue={survey?.scale.max ?? 5}
            disabled={locked}
            error={errors.scaleMax}
          />
        </>
      ) : null}
      <TextField
        label="Label of the lowest point"
        name="lowLabel"
        defaultValue={ownLabel(survey?.scale.lowLabel, fixed?.lowLabel)}
        placeholder={fixed?.lowLabel}
        error={errors.lowLabel}
      />
      <TextField
        label="Label of the highest point"
        name="highLabel"
        defaultValue={ownLabel(survey?.scale.highLabel, fixed?.highLabel)}
        placeholder={fixed?.highLabel}
        error={errors.highLabel}
      />
    </div>
  );
}
