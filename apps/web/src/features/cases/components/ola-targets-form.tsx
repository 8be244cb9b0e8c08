import { useEffect, useState } from 'react';
import { Loading } from '../../../components/ui/loading.tsx';
import { ProblemAlert } from '../../../components/ui/problem-alert.tsx';
import { useCaseSettings, useUpdateCaseSettings } from '../api/case-settings.ts';
import { useDepartments } from '../api/lookups.ts';

/** Each department's operational-level agreement: how long it should hold a case at most. */
export function OlaTargetsForm() {
  const settings = useCaseSettings();
  const departments = useDepartments();
  const save = useUpdateCaseSettings();
  const [defaultHours, setDefaultHours] = useState('');
  const [targets, setTargets] = useState<Record<string, string>>({});
  useEffect(() => {
    if (!settings.data) return;
    setDefaultHours(String(settings.data.defaultOlaHours));
    setTargets(
      Object.fromEntries(
        settings.data.departmentTargets.map((t) => [t.departmentId, String(t.olaHours)]),
      ),
    );
  }, [settings.data]);
  if (settings.isPending || departments.isPending) return <Loading />;
  return (
    <section aria-labelledby="ola-title">
      <div className="section-heading">
        <h2 id="ola-title">Targets: how long a department holds a case</h2>
        <p className="muted">
          Each time a department has a case, it should pass it on or solve it within its target.
          Leave a department empty to use the default.
          {settings.data?.emailConfigured === false
            ? ' E-mail is not configured (SMTP_URL): notifications are recorded as skipped.'
            : ''}
        </p>
      </div>
      <form
        className="form"
        onSubmit={(event) => {
          event.preventDefault();
          save.mutate({
            defaultOlaHours: Number(defaultHours),
            departmentTargets: Object.entries(targets)
              .filter(([, hours]) => hours.trim() !== '')
              .map(([departmentId, hours]) => ({ departmentId, olaHours: Number(hours) })),
          });
        }}
      >
        <label className="field ola-default">
          <span className="field__label">Default target (hours)</span>
          <input
            className="input input--compact"
            type="number"
            min="0.5"
            step="0.5"
            required
            value={defaultHours}
            onChange={(event) => setDefaultHours(event.target.value)}
          />
        </label>
        <div className="ola-grid">
          {(departments.data ?? []).map((department) => (
            <label key={department.id} className="field">
              <span className="field__label">{department.name}</span>
              <input
                className="input input--compact"
                type="number"
                min="0.5"
                step="0.5"
                placeholder={defaultHours}
                value={targets[department.id] ?? ''}
                onChange={(event) =>
                  setTargets({ ...targets, [department.id]: event.target.value })
                }
              />
            </label>
          ))}
        </div>
        <ProblemAlert error={save.error} title="The targets were not saved" />
        {save.isSuccess ? (
          <p className="alert alert--success" role="status">
            Targets saved.
          </p>
        ) : null}
        <div className="form__actions">
          <button type="submit" className="button button--primary" disabled={save.isPending}>
            Save targets
          </button>
        </div>
      </form>
    </section>
  );
}
