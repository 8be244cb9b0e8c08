import type { TSurvey } from '@customeric/contracts';
import { useState } from 'react';
import { SelectField, TextField } from '../../../components/ui/field.tsx';
import type { TFieldErrors } from '../../../lib/field-errors.ts';
import { usePlacementChoices, useStages } from '../api/placement.ts';

interface TPlacementFieldsProps {
  survey: TSurvey | null;
  errors: TFieldErrors;
}

/** What a survey asks about: the touchpoint, the department, the value chain and its stage. */
export function PlacementFields({ survey, errors }: TPlacementFieldsProps) {
  const { departments, valueChains } = usePlacementChoices();
  const [valueChainId, setValueChainId] = useState(survey?.valueChainId ?? '');
  const stages = useStages(valueChainId);
  return (
    <fieldset className="fieldset">
      <legend className="field__label">What it asks about</legend>
      <div className="form__grid">
        <TextField
          label="Touchpoint (event type)"
          name="touchpointType"
          defaultValue={survey?.touchpointType ?? ''}
          hint="e.g. delivery.completed; empty for the relationship"
          error={errors.touchpointType}
        />
        <SelectField
          label="Department"
          name="departmentId"
          defaultValue={survey?.departmentId ?? ''}
          error={errors.departmentId}
        >
          <option value="">The whole company</option>
          {departments.map((department) => (
            <option key={department.id} value={department.id}>
              {department.name}
            </option>
          ))}
        </SelectField>
        <SelectField
          label="Value chain"
          name="valueChainId"
          value={valueChainId}
          onChange={(event) => setValueChainId(event.target.value)}
          error={errors.valueChainId}
        >
          <option value="">None</option>
          {valueChains.map((chain) => (
            <option key={chain.id} value={chain.id}>
              {chain.name}
            </option>
          ))}
        </SelectField>
        <SelectField
          key={valueChainId}
          label="Stage"
          name="stageId"
          defaultValue={survey?.valueChainId === valueChainId ? (survey?.stageId ?? '') : ''}
          disabled={!valueChainId}
          error={errors.stageId}
        >
          <option value="">None</option>
          {(stages.data ?? []).map((stage) => (
            <option key={stage.id} value={stage.id}>
              {stage.name}
            </option>
          ))}
        </SelectField>
      </div>
    </fieldset>
  );
}
