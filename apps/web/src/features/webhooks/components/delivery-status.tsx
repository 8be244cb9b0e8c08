import type { TWebhookDeliveryStatus } from '@customeric/contracts';

const LABELS: Record<TWebhookDeliveryStatus, string> = {
  pending: 'Sending',
  succeeded: 'Delivered',
  failed: 'Retrying',
  dead: 'Gave up',
};

export function DeliveryStatus({ status }: { status: TWebhookDeliveryStatus }) {
  return <span className={`delivery-status delivery-status--${status}`}>{LABELS[status]}</span>;
}

/** "HTTP 500" or the reason no answer came ("The connection was refused"). */
export function describeOutcome(statusCode: number | null, error: string | null): string {
  if (statusCode !== null && error) return `HTTP ${statusCode}: ${error}`;
  if (statusCode !== null) return `HTTP ${statusCode}`;
  return error ?? '—';
}

const sameYear = new Intl.DateTimeFormat(undefined, {
  month: 'short',
  day: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
});

/** A delivery's moments are recent: "Nov 25, 7:13 PM" keeps the table narrow. */
export function formatWhen(iso: string | null): string {
  if (!iso) return '—';
  const date = new Date(iso);
  return date.getFullYear() === new Date().getFullYear()
    ? sameYear.format(date)
    : date.toLocaleDateString();
}
