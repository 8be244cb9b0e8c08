import { type TWebhookEndpoint, ZUpdateWebhookEndpointRequest } from '@customeric/contracts';
import { type FormEvent, useState } from 'react';
import { TextField } from '../../../components/ui/field.tsx';
import { ProblemAlert } from '../../../components/ui/problem-alert.tsx';
import { isApiError } from '../../../lib/api-client.ts';
import {
  getIssueFieldErrors,
  getProblemFieldErrors,
  type TFieldErrors,
} from '../../../lib/field-errors.ts';
import { useUpdateWebhookEndpoint } from '../api/save-webhook-endpoint.ts';
import { EventTypeCheckboxes } from './event-type-checkboxes.tsx';

interface TEditWebhookEndpointFormProps {
  endpoint: TWebhookEndpoint;
  onClose: () => void;
}

export function EditWebhookEndpointForm({ endpoint, onClose }: TEditWebhookEndpointFormProps) {
  const update = useUpdateWebhookEndpoint(endpoint.id);
  const [clientErrors, setClientErrors] = useState<TFieldErrors>({});

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const parsed = ZUpdateWebhookEndpointRequest.safeParse({
      url: String(data.get('url') ?? ''),
      description: String(data.get('description') ?? ''),
      eventTypes: data.getAll('eventTypes').map(String),
    });
    if (!parsed.success) {
      setClientErrors(getIssueFieldErrors(parsed.error.issues));
      update.reset();
      return;
    }
    setClientErrors({});
    update.mutate(parsed.data, { onSuccess: onClose });
  }

  const serverErrors = getProblemFieldErrors(
    isApiError(update.error) ? update.error.problem : undefined,
  );
  const errors = { ...serverErrors, ...clientErrors };
  return (
    <form
      className="card form form--panel"
      onSubmit={handleSubmit}
      noValidate
      aria-labelledby="edit-endpoint-title"
    >
      <h3 id="edit-endpoint-title">Edit the endpoint</h3>
      <ProblemAlert error={update.error} title="The endpoint was not changed" />
      <TextField
        label="URL"
        name="url"
        type="url"
        defaultValue={endpoint.url}
        required
        error={errors.url}
      />
      <TextField
        label="Description"
        name="description"
        defaultValue={endpoint.description}
        error={errors.description}
      />
      <EventTypeCheckboxes selected={endpoint.eventTypes} error={errors.eventTypes} />
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={update.isPending}>
          {update.isPending ? 'Saving…' : 'Save'}
        </button>
        <button type="button" className="button" onClick={onClose}>
          Cancel
        </button>
      </div>
    </form>
  );
}
