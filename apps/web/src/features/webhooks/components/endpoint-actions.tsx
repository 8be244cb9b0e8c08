import type { TWebhookEndpoint, TWebhookSecretResponse } from '@customeric/contracts';
import { useNavigate } from 'react-router';
import { ConfirmButton } from '../../../components/ui/confirm-button.tsx';
import { ProblemAlert } from '../../../components/ui/problem-alert.tsx';
import {
  useDeleteWebhookEndpoint,
  useRotateWebhookSecret,
  useUpdateWebhookEndpoint,
} from '../api/save-webhook-endpoint.ts';
import { useSendWebhookTest } from '../api/send-webhook.ts';

interface TEndpointActionsProps {
  endpoint: TWebhookEndpoint;
  onEdit: () => void;
  onRotated: (response: TWebhookSecretResponse) => void;
}

export function EndpointActions({ endpoint, onEdit, onRotated }: TEndpointActionsProps) {
  const navigate = useNavigate();
  const sendTest = useSendWebhookTest(endpoint.id);
  const update = useUpdateWebhookEndpoint(endpoint.id);
  const rotate = useRotateWebhookSecret(endpoint.id);
  const remove = useDeleteWebhookEndpoint(endpoint.id);
  return (
    <>
      <div className="webhook-actions">
        <button
          type="button"
          className="button button--primary"
          disabled={!endpoint.enabled || sendTest.isPending}
          title={endpoint.enabled ? undefined : 'Enable the endpoint first'}
          onClick={() => sendTest.mutate()}
        >
          {sendTest.isPending ? 'Sending…' : 'Send test'}
        </button>
        <button type="button" className="button" onClick={onEdit}>
          Edit
        </button>
        <button
          type="button"
          className="button"
          disabled={update.isPending}
          onClick={() => update.mutate({ enabled: !endpoint.enabled })}
        >
          {endpoint.enabled ? 'Disable' : 'Enable again'}
        </button>
        <ConfirmButton
          label="Rotate secret"
          question="Make a new signing secret? The old one keeps signing for a day."
          confirmLabel="Rotate"
          pending={rotate.isPending}
          onConfirm={() => rotate.mutate(undefined, { onSuccess: onRotated })}
        />
        <ConfirmButton
          label="Delete"
          question="Delete this endpoint and its delivery history?"
          confirmLabel="Delete"
          pending={remove.isPending}
          onConfirm={() =>
            remove.mutate(undefined, { onSuccess: () => navigate('..', { relative: 'path' }) })
          }
        />
      </div>
      {sendTest.isSuccess ? (
        <p className="alert alert--success" role="status">
          Test message sent: it appears below with its answer in a few seconds.
        </p>
      ) : null}
      <ProblemAlert error={sendTest.error} title="The test was not sent" />
      <ProblemAlert error={update.error} title="The endpoint was not changed" />
      <ProblemAlert error={rotate.error} title="The secret was not rotated" />
      <ProblemAlert error={remove.error} title="The endpoint was not deleted" />
    </>
  );
}
