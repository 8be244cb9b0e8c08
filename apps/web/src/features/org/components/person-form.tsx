import { type TPerson, type TSkill, ZUpdatePersonRequest } from '@customeric/contracts';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { SelectField, TextField } from '../../../components/ui/field.tsx';
import { ProblemAlert } from '../../../components/ui/problem-alert.tsx';
import { isApiError } from '../../../lib/api-client.ts';
import { getIssueFieldErrors, getProblemFieldErrors } from '../../../lib/field-errors.ts';
import { useCan } from '../../../lib/permissions.ts';
import type { useOrgChart } from '../api/get-org-chart.ts';
import { useUpdatePerson } from '../api/update-person.ts';
import { SetPasswordField } from './set-password-field.tsx';
import { SkillsEditor } from './skills-editor.tsx';

interface TPersonFormProps {
  person: TPerson;
  departments: readonly { id: string; name: string; archivedAt: string | null }[];
  people: NonNullable<ReturnType<typeof useOrgChart>['data']>['people'];
  band: { min: number; max: number } | undefined;
  /** Department heads keep people in their department and out of the executive programme. */
  limited: boolean;
  onClose: () => void;
}

function readForm(form: HTMLFormElement, skills: TSkill[], limited: boolean) {
  const data = new FormData(form);
  const share = String(data.get('customerWorkShare') ?? '').trim();
  return {
    name: String(data.get('name') ?? ''),
    title: String(data.get('title') ?? '').trim() || null,
    managerId: String(data.get('managerId') ?? '') || null,
    customerWorkShare: share === '' ? null : Number(share),
    skills,
    ...(limited
      ? {}
      : {
          departmentId: String(data.get('departmentId') ?? '') || null,
          isExecutive: data.get('isExecutive') === 'on',
        }),
  };
}

export function PersonForm(props: TPersonFormProps) {
  const { person, departments, people, band, limited, onClose } = props;
  const update = useUpdatePerson();
  const canSetPassword = useCan('access.users.write');
  const [skills, setSkills] = useState<TSkill[]>(person.skills);
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const titleRef = useRef<HTMLInputElement>(null);
  useEffect(() => titleRef.current?.focus(), []);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = ZUpdatePersonRequest.safeParse(readForm(event.currentTarget, skills, limited));
    if (!parsed.success) {
      setClientErrors(getIssueFieldErrors(parsed.error.issues));
      return;
    }
    setClientErrors({});
    update.mutate({ personId: person.id, changes: parsed.data }, { onSuccess: onClose });
  }

  const errors = {
    ...getProblemFieldErrors(isApiError(update.error) ? update.error.problem : undefined),
    ...clientErrors,
  };
  return (
    <form
      className="card form form--panel"
      onSubmit={handleSubmit}
      noValidate
      aria-label={`Edit ${person.name}`}
    >
      <h3>
        Edit {person.name} <span className="muted">({person.email})</span>
      </h3>
      <ProblemAlert error={update.error} title="The changes were not saved" />
      {person.canSignIn ? null : (
        <p className="alert alert--warning">
          {person.name} was imported without a password and cannot sign in until an administrator
          sets one.
        </p>
      )}
      <div className="form__grid">
        <TextField label="Name" name="name" defaultValue={person.name} error={errors.name} />
        <TextField
          ref={titleRef}
          label="Title"
          name="title"
          defaultValue={person.title ?? ''}
          error={errors.title}
        />
        <SelectField
          key={departments.length > 0 ? 'departments' : 'loading'}
          label="Department"
          name="departmentId"
          defaultValue={person.departmentId ?? ''}
          disabled={limited}
          hint={
            limited
              ? 'Moving people between departments is for the CCO, the CEO or an administrator.'
              : undefined
          }
          error={errors.departmentId}
        >
          <option value="">No department</option>
          {departments
            .filter((d) => !d.archivedAt || d.id === person.departmentId)
            .map((d) => (
              <option key={d.id} value={d.id}>
                {d.name}
              </option>
            ))}
        </SelectField>
        <SelectField
          // Remounted once the people arrive, so the current manager shows as chosen.
          key={people.length > 0 ? 'people' : 'loading'}
          label="Manager"
          name="managerId"
          defaultValue={person.managerId ?? ''}
          error={errors.managerId}
        >
          <option value="">Nobody (top of the tree)</option>
          {people
            .filter((p) => p.id !== person.id)
            .map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
                {p.title ? ` — ${p.title}` : ''}
              </option>
            ))}
        </SelectField>
        <TextField
          label="Share of time for customer work (%)"
          name="customerWorkShare"
          type="number"
          min={0}
          max={100}
          step={5}
          defaultValue={person.customerWorkShare ?? ''}
          hint={
            band
              ? `The company’s target band is ${band.min}–${band.max} %. Leave empty if not known.`
              : undefined
          }
          error={errors.customerWorkShare}
        />
      </div>
      {limited ? null : (
        <label className="checkbox">
          <input type="checkbox" name="isExecutive" defaultChecked={person.isExecutive} />
          <span>
            Senior executive{' '}
            <span className="muted">(handles complaints in the executive programme)</span>
          </span>
        </label>
      )}
      <SkillsEditor skills={skills} onChange={setSkills} error={errors.skills} />
      {!person.canSignIn && canSetPassword ? <SetPasswordField person={person} /> : null}
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={update.isPending}>
          {update.isPending ? 'Saving…' : 'Save changes'}
        </button>
        <button type="button" className="button" onClick={onClose}>
          Cancel
        </button>
      </div>
    </form>
  );
}
