import { type TProgrammeSettings, ZProgrammeSettings } from '@customeric/contracts';
import { type FormEvent, useState } from 'react';
import { TextField } from '../../../components/ui/field.tsx';
import { ProblemAlert } from '../../../components/ui/problem-alert.tsx';
import { getIssueFieldErrors, type TFieldErrors } from '../../../lib/field-errors.ts';
import { useUpdateProgrammeSettings } from '../api/case-programme.ts';

/** The monthly quota (from the next run on) and whether detractors open follow-up cases. */
export function ProgrammeSettingsForm({ settings }: { settings: TProgrammeSettings }) {
  const update = useUpdateProgrammeSettings();
  const [quota, setQuota] = useState(String(settings.monthlyQuota));
  const [closedLoop, setClosedLoop] = useState(settings.closedLoopEnabled);
  const [errors, setErrors] = useState<TFieldErrors>({});
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = ZProgrammeSettings.safeParse({
      monthlyQuota: Number(quota),
      closedLoopEnabled: closedLoop,
    });
    if (!parsed.success) return setErrors(getIssueFieldErrors(parsed.error.issues));
    setErrors({});
    update.mutate(parsed.data);
  };
  return (
    <form className="form programme-settings" onSubmit={submit} aria-label="Programme settings">
      <TextField
        label="Complaints per executive and month"
        type="number"
        min={1}
        max={20}
        value={quota}
        onChange={(event) => setQuota(event.target.value)}
        error={errors.monthlyQuota}
      />
      <label className="checkbox">
        <input
          type="checkbox"
          checked={closedLoop}
          onChange={(event) => setClosedLoop(event.target.checked)}
        />
        Open a follow-up case for each detractor’s survey answer
      </label>
      <ProblemAlert error={update.error} title="The settings were not saved" />
      <div className="form__actions">
        <button type="submit" className="button" disabled={update.isPending}>
          Save
        </button>
        <span role="status" className="muted">
          {update.isSuccess ? 'Saved: the next run uses it.' : ''}
        </span>
      </div>
    </form>
  );
}
