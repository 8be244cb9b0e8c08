import { ZCreateUserRequest } from '@customeric/contracts';
import { ROLE_LABELS, ROLES } from '@customeric/domain';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { SelectField, TextField } from '../../../components/ui/field.tsx';
import { ProblemAlert } from '../../../components/ui/problem-alert.tsx';
import { isApiError } from '../../../lib/api-client.ts';
import {
  getIssueFieldErrors,
  getProblemFieldErrors,
  type TFieldErrors,
} from '../../../lib/field-errors.ts';
import { useCreateUser } from '../api/create-user.ts';

interface TNewUserFormProps {
  onClose: () => void;
}

function readForm(form: HTMLFormElement) {
  const data = new FormData(form);
  return {
    email: String(data.get('email') ?? '').trim(),
    name: String(data.get('name') ?? ''),
    role: String(data.get('role') ?? ''),
    password: String(data.get('password') ?? ''),
    isExecutive: data.get('isExecutive') === 'on',
  };
}

export function NewUserForm({ onClose }: TNewUserFormProps) {
  const createUser = useCreateUser();
  const [clientErrors, setClientErrors] = useState<TFieldErrors>({});
  const [created, setCreated] = useState<string | null>(null);
  const firstFieldRef = useRef<HTMLInputElement>(null);

  useEffect(() => firstFieldRef.current?.focus(), []);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const parsed = ZCreateUserRequest.safeParse(readForm(form));
    if (!parsed.success) {
      setClientErrors(getIssueFieldErrors(parsed.error.issues));
      createUser.reset();
      return;
    }
    setClientErrors({});
    createUser.mutate(parsed.data, {
      onSuccess: (user) => {
        setCreated(`${user.name} (${user.email}) can now log in.`);
        form.reset();
        firstFieldRef.current?.focus();
      },
    });
  }

  const serverErrors = getProblemFieldErrors(
    isApiError(createUser.error) ? createUser.error.problem : undefined,
  );
  const errors = { ...serverErrors, ...clientErrors };

  return (
    <form
      className="card form form--panel"
      onSubmit={handleSubmit}
      noValidate
      aria-labelledby="new-user-title"
    >
      <h3 id="new-user-title">New user</h3>
      <ProblemAlert error={createUser.error} title="The user was not created" />
      {created ? (
        <p className="alert alert--success" role="status">
          {created}
        </p>
      ) : null}
      <div className="form__grid">
        <TextField
          ref={firstFieldRef}
          label="E-mail"
          name="email"
          type="email"
          autoComplete="off"
          required
          error={errors.email}
        />
        <TextField label="Name" name="name" autoComplete="off" required error={errors.name} />
        <SelectField label="Role" name="role" defaultValue="employee" error={errors.role}>
          {ROLES.map((role) => (
            <option key={role} value={role}>
              {ROLE_LABELS[role]}
            </option>
          ))}
        </SelectField>
        <TextField
          label="Password"
          name="password"
          type="password"
          autoComplete="new-password"
          minLength={12}
          required
          hint="At least 12 characters. Share it with the person privately."
          error={errors.password}
        />
      </div>
      <label className="checkbox">
        <input type="checkbox" name="isExecutive" />
        <span>
          Senior executive <span className="muted">(takes part in the executive programme)</span>
        </span>
      </label>
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={createUser.isPending}>
          {createUser.isPending ? 'Creating…' : 'Create user'}
        </button>
        <button type="button" className="button" onClick={onClose}>
          {created ? 'Done' : 'Cancel'}
        </button>
      </div>
    </form>
  );
}
