import { type TCreateApiKeyResponse, ZCreateApiKeyRequest } from '@customeric/contracts';
import { API_KEY_SCOPES, PERMISSIONS } from '@customeric/domain';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { TextField } from '../../../components/ui/field.tsx';
import { ProblemAlert } from '../../../components/ui/problem-alert.tsx';
import { isApiError } from '../../../lib/api-client.ts';
import {
  getIssueFieldErrors,
  getProblemFieldErrors,
  type TFieldErrors,
} from '../../../lib/field-errors.ts';
import { useCreateApiKey } from '../api/create-api-key.ts';

interface TNewApiKeyFormProps {
  onCancel: () => void;
  onCreated: (response: TCreateApiKeyResponse) => void;
}

export function NewApiKeyForm({ onCancel, onCreated }: TNewApiKeyFormProps) {
  const createApiKey = useCreateApiKey();
  const [clientErrors, setClientErrors] = useState<TFieldErrors>({});
  const nameRef = useRef<HTMLInputElement>(null);

  useEffect(() => nameRef.current?.focus(), []);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const parsed = ZCreateApiKeyRequest.safeParse({
      name: String(data.get('name') ?? ''),
      scopes: data.getAll('scopes').map(String),
    });
    if (!parsed.success) {
      setClientErrors(getIssueFieldErrors(parsed.error.issues));
      createApiKey.reset();
      return;
    }
    setClientErrors({});
    createApiKey.mutate(parsed.data, { onSuccess: onCreated });
  }

  const serverErrors = getProblemFieldErrors(
    isApiError(createApiKey.error) ? createApiKey.error.problem : undefined,
  );
  const errors = { ...serverErrors, ...clientErrors };

  return (
    <form
      className="card form form--panel"
      onSubmit={handleSubmit}
      noValidate
      aria-labelledby="new-key-title"
    >
      <h3 id="new-key-title">New API key</h3>
      <ProblemAlert error={createApiKey.error} title="The key was not created" />
      <TextField
        ref={nameRef}
        label="Name"
        name="name"
        autoComplete="off"
        required
        hint="Say which system uses it, e.g. “ERP nightly export”."
        error={errors.name}
      />
      <fieldset
        className={errors.scopes ? 'fieldset field--invalid' : 'fieldset'}
        aria-describedby={errors.scopes ? 'scopes-error' : undefined}
      >
        <legend className="field__label">Scopes</legend>
        {API_KEY_SCOPES.map((scope) => (
          <label key={scope} className="checkbox">
            <input type="checkbox" name="scopes" value={scope} />
            <span>
              <code>{scope}</code>
              <span className="checkbox__description">{PERMISSIONS[scope].description}</span>
            </span>
          </label>
        ))}
        {errors.scopes ? (
          <p className="field__error" id="scopes-error">
            Scopes: {errors.scopes}
          </p>
        ) : null}
      </fieldset>
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={createApiKey.isPending}>
          {createApiKey.isPending ? 'Creating…' : 'Create key'}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
