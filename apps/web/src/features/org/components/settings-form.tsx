import { type TOrgSettings, ZUpdateOrgSettingsRequest } from '@customeric/contracts';
import {
  OPERATING_MODEL_EXPLANATIONS,
  OPERATING_MODEL_LABELS,
  OPERATING_MODELS,
} from '@customeric/domain';
import { type FormEvent, useState } from 'react';
import { SelectField, TextField } from '../../../components/ui/field.tsx';
import { ProblemAlert } from '../../../components/ui/problem-alert.tsx';
import { isApiError } from '../../../lib/api-client.ts';
import { getIssueFieldErrors, getProblemFieldErrors } from '../../../lib/field-errors.ts';
import { useOrgChart } from '../api/get-org-chart.ts';
import { useUpdateOrgSettings } from '../api/update-org-settings.ts';

interface TSettingsFormProps {
  settings: TOrgSettings;
  onClose: () => void;
}

function readForm(form: HTMLFormElement) {
  const data = new FormData(form);
  const head = String(data.get('customerDepartmentHeadId') ?? '');
  return {
    operatingModel: String(data.get('operatingModel') ?? ''),
    targetBand: { min: Number(data.get('min')), max: Number(data.get('max')) },
    customerDepartmentHeadId: head || null,
  };
}

export function SettingsForm({ settings, onClose }: TSettingsFormProps) {
  const update = useUpdateOrgSettings();
  const chart = useOrgChart();
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = ZUpdateOrgSettingsRequest.safeParse(readForm(event.currentTarget));
    if (!parsed.success) {
      setClientErrors(getIssueFieldErrors(parsed.error.issues));
      return;
    }
    setClientErrors({});
    update.mutate(parsed.data, { onSuccess: onClose });
  }

  const errors = {
    ...getProblemFieldErrors(isApiError(update.error) ? update.error.problem : undefined),
    ...clientErrors,
  };
  return (
    <form className="form" onSubmit={handleSubmit} noValidate aria-label="Organisation settings">
      <ProblemAlert error={update.error} title="The settings were not saved" />
      <fieldset className="fieldset">
        <legend className="field__label">Who is accountable by default</legend>
        {OPERATING_MODELS.map((model) => (
          <label key={model} className="checkbox">
            <input
              type="radio"
              name="operatingModel"
              value={model}
              defaultChecked={settings.operatingModel === model}
            />
            <span>
              {OPERATING_MODEL_LABELS[model]}
              <span className="checkbox__description">{OPERATING_MODEL_EXPLANATIONS[model]}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <div className="form__grid">
        <TextField
          label="Target band: at least (%)"
          name="min"
          type="number"
          min={0}
          max={100}
          defaultValue={settings.targetBand.min}
          error={errors.targetBand}
        />
        <TextField
          label="Target band: at most (%)"
          name="max"
          type="number"
          min={0}
          max={100}
          defaultValue={settings.targetBand.max}
        />
        <SelectField
          // Remounted once the people arrive, so the current head shows as chosen.
          key={chart.isSuccess ? 'people' : 'loading'}
          label="Head of the Customer Department"
          name="customerDepartmentHeadId"
          defaultValue={settings.customerDepartmentHeadId ?? ''}
          error={errors.customerDepartmentHeadId}
          hint="Usually the Chief Customer Officer."
        >
          <option value="">Nobody yet</option>
          {(chart.data?.people ?? []).map((person) => (
            <option key={person.id} value={person.id}>
              {person.name}
              {person.title ? ` — ${person.title}` : ''}
            </option>
          ))}
        </SelectField>
      </div>
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={update.isPending}>
          {update.isPending ? 'Saving…' : 'Save settings'}
        </button>
        <button type="button" className="button" onClick={onClose}>
          Cancel
        </button>
      </div>
    </form>
  );
}
