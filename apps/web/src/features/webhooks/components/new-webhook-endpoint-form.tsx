import { type TWebhookSecretResponse, ZCreateWebhookEndpointRequest } from '@customeric/contracts';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { TextField } from '../../../components/ui/field.tsx';
import { ProblemAlert } from '../../../components/ui/problem-alert.tsx';
import { isApiError } from '../../../lib/api-client.ts';
import {
  getIssueFieldErrors,
  getProblemFieldErrors,
  type TFieldErrors,
} from '../../../lib/field-errors.ts';
import { useCreateWebhookEndpoint } from '../api/save-webhook-endpoint.ts';
import { EventTypeCheckboxes } from './event-type-checkboxes.tsx';

interface TNewWebhookEndpointFormProps {
  onCancel: () => void;
  onCreated: (response: TWebhookSecretResponse) => void;
}

export function NewWebhookEndpointForm({ onCancel, onCreated }: TNewWebhookEndpointFormProps) {
  const create = useCreateWebhookEndpoint();
  const [clientErrors, setClientErrors] = useState<TFieldErrors>({});
  const urlRef = useRef<HTMLInputElement>(null);

  useEffect(() => urlRef.current?.focus(), []);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const parsed = ZCreateWebhookEndpointRequest.safeParse({
      url: String(data.get('url') ?? ''),
      description: String(data.get('description') ?? ''),
      eventTypes: data.getAll('eventTypes').map(String),
    });
    if (!parsed.success) {
      setClientErrors(getIssueFieldErrors(parsed.error.issues));
      create.reset();
      return;
    }
    setClientErrors({});
    create.mutate(parsed.data, { onSuccess: onCreated });
  }

  const serverErrors = getProblemFieldErrors(
    isApiError(create.error) ? create.error.problem : undefined,
  );
  const errors = { ...serverErrors, ...clientErrors };

  return (
    <form
      className="card form form--panel"
      onSubmit={handleSubmit}
      noValidate
      aria-labelledby="new-endpoint-title"
    >
      <h3 id="new-endpoint-title">New webhook endpoint</h3>
      <ProblemAlert error={create.error} title="The endpoint was not added" />
      <TextField
        ref={urlRef}
        label="URL"
        name="url"
        type="url"
        inputMode="url"
        autoComplete="off"
        placeholder="https://crm.example.com/hooks/customeric"
        required
        hint="Customeric POSTs each event here as JSON. Use https: the body carries customer data."
        error={errors.url}
      />
      <TextField
        label="Description"
        name="description"
        autoComplete="off"
        hint="Which system receives it, e.g. “CRM: open a task on every breach”."
        error={errors.description}
      />
      <EventTypeCheckboxes selected={[]} error={errors.eventTypes} />
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={create.isPending}>
          {create.isPending ? 'Adding…' : 'Add endpoint'}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
