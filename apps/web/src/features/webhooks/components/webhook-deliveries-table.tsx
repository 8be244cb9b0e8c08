import type { TWebhookDelivery } from '@customeric/contracts';
import { Fragment, useState } from 'react';
import { ProblemAlert } from '../../../components/ui/problem-alert.tsx';
import { useRetryWebhookDelivery } from '../api/send-webhook.ts';
import { DeliveryAttempts } from './delivery-attempts.tsx';
import { DeliveryStatus, describeOutcome, formatWhen } from './delivery-status.tsx';

interface TWebhookDeliveriesTableProps {
  deliveries: readonly TWebhookDelivery[];
  canRetry: boolean;
}

export function WebhookDeliveriesTable({ deliveries, canRetry }: TWebhookDeliveriesTableProps) {
  const retry = useRetryWebhookDelivery();
  const [open, setOpen] = useState<string | null>(null);
  return (
    <>
      <ProblemAlert error={retry.error} title="The delivery was not retried" />
      <div className="table-wrap">
        <table className="table">
          <thead>
            <tr>
              <th scope="col">Event</th>
              <th scope="col">Status</th>
              <th scope="col" className="webhook-count">
                Attempts
              </th>
              <th scope="col">Last answer</th>
              <th scope="col">Next retry</th>
              <th scope="col">Published</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {deliveries.map((delivery) => (
              <Fragment key={delivery.id}>
                <tr>
                  <th scope="row">
                    <code>{delivery.eventType}</code>
                  </th>
                  <td>
                    <DeliveryStatus status={delivery.status} />
                  </td>
                  <td className="webhook-count">{delivery.attempts}</td>
                  <td>
                    {delivery.attempts === 0 && !delivery.lastError
                      ? '—'
                      : describeOutcome(delivery.lastStatusCode, delivery.lastError)}
                  </td>
                  <td className="table__nowrap">
                    {delivery.status === 'failed' ? formatWhen(delivery.nextAttemptAt) : '—'}
                  </td>
                  <td className="table__nowrap">{formatWhen(delivery.createdAt)}</td>
                  <td className="webhook-row-actions">
                    <button
                      type="button"
                      className="button button--small button--ghost"
                      aria-expanded={open === delivery.id}
                      onClick={() => setOpen(open === delivery.id ? null : delivery.id)}
                    >
                      {open === delivery.id ? 'Hide attempts' : 'Attempts'}
                    </button>
                    {canRetry && (delivery.status === 'dead' || delivery.status === 'failed') ? (
                      <button
                        type="button"
                        className="button button--small"
                        disabled={retry.isPending && retry.variables === delivery.id}
                        onClick={() => retry.mutate(delivery.id)}
                      >
                        Retry now
                      </button>
                    ) : null}
                  </td>
                </tr>
                {open === delivery.id ? (
                  <tr>
                    <td colSpan={7}>
                      <DeliveryAttempts deliveryId={delivery.id} />
                    </td>
                  </tr>
                ) : null}
              </Fragment>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
