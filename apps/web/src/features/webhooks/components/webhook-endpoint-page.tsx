import type { TWebhookEndpoint, TWebhookSecretResponse } from '@customeric/contracts';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { Loading } from '../../../components/ui/loading.tsx';
import { ProblemAlert } from '../../../components/ui/problem-alert.tsx';
import { formatDateTime } from '../../../lib/format.ts';
import { useCan } from '../../../lib/permissions.ts';
import { useWebhookEndpoint } from '../api/get-webhook-endpoints.ts';
import { EditWebhookEndpointForm } from './edit-webhook-endpoint-form.tsx';
import { EndpointActions } from './endpoint-actions.tsx';
import { EndpointDeliveries } from './endpoint-deliveries.tsx';
import { WebhookSecretBox } from './webhook-secret-box.tsx';

function EndpointFacts({ endpoint }: { endpoint: TWebhookEndpoint }) {
  return (
    <dl className="webhook-facts">
      <dt>Event types</dt>
      <dd>{endpoint.eventTypes.length === 0 ? 'All types' : endpoint.eventTypes.join(', ')}</dd>
      <dt>State</dt>
      <dd>
        {endpoint.enabled
          ? endpoint.consecutiveFailures > 0
            ? `Enabled; ${endpoint.consecutiveFailures === 1 ? 'the last attempt failed' : `${endpoint.consecutiveFailures} failed attempts in a row`}, since ${formatDateTime(endpoint.failingSince)}`
            : 'Enabled, healthy'
          : `Disabled: ${endpoint.disabledReason}`}
      </dd>
      <dt>Added</dt>
      <dd>{formatDateTime(endpoint.createdAt)}</dd>
      <dt>Secret</dt>
      <dd>
        {endpoint.secretRotatedAt
          ? `Rotated ${formatDateTime(endpoint.secretRotatedAt)}`
          : 'As created'}
      </dd>
    </dl>
  );
}

/** One endpoint: what it receives, whether it is healthy, and every recent delivery. */
export function WebhookEndpointPage() {
  const { endpointId = '' } = useParams();
  const endpoint = useWebhookEndpoint(endpointId);
  const canWrite = useCan('webhooks.write');
  const [editing, setEditing] = useState(false);
  const [rotated, setRotated] = useState<TWebhookSecretResponse | null>(null);
  if (endpoint.isPending) return <Loading label="Loading the endpoint…" />;
  if (endpoint.isError)
    return (
      <>
        <ProblemAlert error={endpoint.error} title="The endpoint could not be loaded" />
        <Link to="..">Back to the webhooks</Link>
      </>
    );
  const data = endpoint.data;
  return (
    <>
      <title>Webhook endpoint · Access · Customeric</title>
      <p>
        <Link to=".." relative="path">
          ← Webhooks
        </Link>
      </p>
      <section className="card webhook-endpoint-card" aria-labelledby="endpoint-title">
        <h2 id="endpoint-title" className="webhook-url">
          {data.url}
        </h2>
        {data.description ? <p className="muted">{data.description}</p> : null}
        <EndpointFacts endpoint={data} />
        {canWrite ? (
          <EndpointActions endpoint={data} onEdit={() => setEditing(true)} onRotated={setRotated} />
        ) : null}
      </section>
      {rotated ? (
        <WebhookSecretBox
          title="New signing secret"
          secret={rotated.secret}
          previousSecretExpiresAt={rotated.previousSecretExpiresAt}
          onDone={() => setRotated(null)}
        />
      ) : null}
      {editing ? (
        <EditWebhookEndpointForm endpoint={data} onClose={() => setEditing(false)} />
      ) : null}
      <EndpointDeliveries endpointId={data.id} canRetry={canWrite} />
    </>
  );
}
