import type { TCasePriority, TCaseStatusCategory } from '@customeric/domain';

export const PRIORITY_CLASS: Record<TCasePriority, string> = {
  low: 'priority priority--low',
  normal: 'priority priority--normal',
  high: 'priority priority--high',
  urgent: 'priority priority--urgent',
};

export const STATUS_CLASS: Record<TCaseStatusCategory, string> = {
  open: 'status status--ready',
  waiting: 'status status--pending',
  resolved: 'status',
  closed: 'status status--muted',
};

/** Hours as people say them: 45 min, 5.5 h, 3.2 days. */
export function formatHours(hours: number | null): string {
  if (hours === null) return '—';
  if (hours < 1) return `${Math.round(hours * 60)} min`;
  if (hours < 48) return `${Number(hours.toFixed(1))} h`;
  return `${Number((hours / 24).toFixed(1))} days`;
}

/** How long ago, in the largest unit that fits. */
export function formatAge(iso: string, now: number = Date.now()): string {
  return formatHours(Math.max(0, now - Date.parse(iso)) / 3_600_000);
}

export function formatDay(iso: string | null): string {
  return iso ? iso.slice(0, 10) : '—';
}
