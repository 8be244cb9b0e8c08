import { Loading } from '../../../components/ui/loading.tsx';
import { ProblemAlert } from '../../../components/ui/problem-alert.tsx';
import { formatDateTime } from '../../../lib/format.ts';
import { useWebhookDelivery } from '../api/get-webhook-deliveries.ts';
import { describeOutcome } from './delivery-status.tsx';

/** Every attempt of one delivery, oldest first, with what the receiver answered, and the body sent. */
export function DeliveryAttempts({ deliveryId }: { deliveryId: string }) {
  const delivery = useWebhookDelivery(deliveryId);
  if (delivery.isPending) return <Loading label="Loading the attempts…" />;
  if (delivery.isError)
    return <ProblemAlert error={delivery.error} title="The attempts could not be loaded" />;
  const { attemptLog, payload, messageId } = delivery.data;
  return (
    <div>
      {attemptLog.length === 0 ? (
        <p className="muted">Not attempted yet.</p>
      ) : (
        <ol className="webhook-attempts">
          {attemptLog.map((attempt) => (
            <li key={attempt.attempt}>
              <strong>Attempt {attempt.attempt}</strong> · {formatDateTime(attempt.attemptedAt)} ·{' '}
              {attempt.succeeded ? 'delivered' : 'failed'} ·{' '}
              {describeOutcome(attempt.statusCode, attempt.error)} · {attempt.durationMs} ms
              {attempt.responseSnippet ? (
                <pre className="webhook-snippet">{attempt.responseSnippet}</pre>
              ) : null}
            </li>
          ))}
        </ol>
      )}
      <details className="disclosure">
        <summary>
          Body sent (<code>webhook-id: {messageId}</code>)
        </summary>
        <pre className="webhook-payload">{JSON.stringify(payload, null, 2)}</pre>
      </details>
    </div>
  );
}
