import type { TWebhookSecretResponse } from '@customeric/contracts';
import { useState } from 'react';
import { EmptyState } from '../../../components/ui/empty-state.tsx';
import { LoadMore } from '../../../components/ui/load-more.tsx';
import { Loading } from '../../../components/ui/loading.tsx';
import { ProblemAlert } from '../../../components/ui/problem-alert.tsx';
import { useCan } from '../../../lib/permissions.ts';
import { useWebhookEndpoints } from '../api/get-webhook-endpoints.ts';
import { NewWebhookEndpointForm } from './new-webhook-endpoint-form.tsx';
import { WebhookEndpointsTable } from './webhook-endpoints-table.tsx';
import { WebhookSecretBox } from './webhook-secret-box.tsx';

/** The organisation's webhook endpoints: where breaches and other events are sent, signed. */
export function WebhooksPage() {
  const canWrite = useCan('webhooks.write');
  const endpoints = useWebhookEndpoints();
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<TWebhookSecretResponse | null>(null);
  const items = endpoints.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <section aria-labelledby="webhooks-title">
      <title>Webhooks · Access · Customeric</title>
      <div className="section-heading">
        <h2 id="webhooks-title">Webhooks</h2>
        {canWrite && !creating && !created ? (
          <button
            type="button"
            className="button button--primary"
            onClick={() => setCreating(true)}
          >
            New endpoint
          </button>
        ) : null}
      </div>
      <p className="muted">
        Other systems hear about broken promises and new cases as they happen. Each event is a
        signed POST (Standard Webhooks), retried for about three days until the receiver answers
        2xx.
      </p>
      {created ? (
        <WebhookSecretBox
          title={`Endpoint ${created.endpoint.url} added`}
          secret={created.secret}
          previousSecretExpiresAt={null}
          onDone={() => setCreated(null)}
        />
      ) : null}
      {creating ? (
        <NewWebhookEndpointForm
          onCancel={() => setCreating(false)}
          onCreated={(response) => {
            setCreating(false);
            setCreated(response);
          }}
        />
      ) : null}
      {endpoints.isPending ? <Loading label="Loading the endpoints…" /> : null}
      <ProblemAlert error={endpoints.error} title="The endpoints could not be loaded" />
      {endpoints.isSuccess && items.length === 0 && !creating ? (
        <EmptyState title="No webhook endpoints yet">
          <p>
            {canWrite
              ? 'Add one with “New endpoint” when another system (a CRM, a chat channel, a ticketing tool) should act on breaches and cases.'
              : 'An administrator adds them when another system should act on breaches and cases.'}
          </p>
        </EmptyState>
      ) : null}
      {items.length > 0 ? (
        <>
          <WebhookEndpointsTable endpoints={items} />
          <LoadMore
            hasNextPage={endpoints.hasNextPage}
            isFetchingNextPage={endpoints.isFetchingNextPage}
            onLoadMore={() => endpoints.fetchNextPage()}
            shown={items.length}
            nouns={['endpoint', 'endpoints']}
          />
        </>
      ) : null}
    </section>
  );
}
