import { type TWebhookDeliveryStatus, WEBHOOK_DELIVERY_STATUSES } from '@customeric/contracts';
import { useState } from 'react';
import { EmptyState } from '../../../components/ui/empty-state.tsx';
import { LoadMore } from '../../../components/ui/load-more.tsx';
import { Loading } from '../../../components/ui/loading.tsx';
import { ProblemAlert } from '../../../components/ui/problem-alert.tsx';
import { useWebhookDeliveries } from '../api/get-webhook-deliveries.ts';
import { WebhookDeliveriesTable } from './webhook-deliveries-table.tsx';

const FILTER_LABELS: Record<TWebhookDeliveryStatus, string> = {
  pending: 'Sending',
  succeeded: 'Delivered',
  failed: 'Retrying',
  dead: 'Gave up',
};

/** The endpoint's recent deliveries, newest first, filterable by status. */
export function EndpointDeliveries({
  endpointId,
  canRetry,
}: {
  endpointId: string;
  canRetry: boolean;
}) {
  const [status, setStatus] = useState<TWebhookDeliveryStatus | ''>('');
  const deliveries = useWebhookDeliveries(endpointId, status || undefined);
  const items = deliveries.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <section aria-labelledby="deliveries-title">
      <div className="section-heading">
        <h2 id="deliveries-title">Recent deliveries</h2>
        <label className="toolbar__field webhook-filter">
          <span className="toolbar__label">Status</span>
          <select
            className="input input--compact"
            value={status}
            onChange={(event) => setStatus(event.target.value as TWebhookDeliveryStatus | '')}
          >
            <option value="">All</option>
            {WEBHOOK_DELIVERY_STATUSES.map((value) => (
              <option key={value} value={value}>
                {FILTER_LABELS[value]}
              </option>
            ))}
          </select>
        </label>
      </div>
      {deliveries.isPending ? <Loading label="Loading the deliveries…" /> : null}
      <ProblemAlert error={deliveries.error} title="The deliveries could not be loaded" />
      {deliveries.isSuccess && items.length === 0 ? (
        <EmptyState title={status ? 'No deliveries with this status' : 'Nothing sent yet'}>
          <p>
            {status
              ? 'Choose “All” to see every delivery.'
              : 'Press “Send test” to see a signed message arrive, or wait for the next event.'}
          </p>
        </EmptyState>
      ) : null}
      {items.length > 0 ? (
        <>
          <WebhookDeliveriesTable deliveries={items} canRetry={canRetry} />
          <LoadMore
            hasNextPage={deliveries.hasNextPage}
            isFetchingNextPage={deliveries.isFetchingNextPage}
            onLoadMore={() => deliveries.fetchNextPage()}
            shown={items.length}
            nouns={['delivery', 'deliveries']}
          />
        </>
      ) : null}
    </section>
  );
}
