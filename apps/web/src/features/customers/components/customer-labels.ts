import type { TCustomerStatus, TRelationshipLevel } from '@customeric/domain';

export const STATUS_LABELS: Record<TCustomerStatus, string> = {
  prospect: 'Prospect',
  active: 'Active',
  churned: 'Churned',
};

export const LEVEL_LABELS: Record<TRelationshipLevel, string> = {
  transactional: 'Transactional',
  solution: 'Solution',
  partnership: 'Partnership',
};

export const STATUS_CLASS: Record<TCustomerStatus, string> = {
  prospect: 'status status--pending',
  active: 'status status--ready',
  churned: 'status status--muted',
};

/** A date (YYYY-MM-DD) as the reader's locale writes it. */
export function formatDay(day: string | null): string {
  if (!day) return '—';
  const date = new Date(`${day}T00:00:00Z`);
  return Number.isNaN(date.getTime())
    ? day
    : new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' }).format(date);
}
