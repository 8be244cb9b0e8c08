import type { TProgrammeAssignment } from '@customeric/contracts';
import { PROGRAMME_REASON_LABELS, type TProgrammeReason } from '@customeric/domain';

export function describeReasons(reasons: readonly TProgrammeReason[]): string {
  return reasons.map((reason) => PROGRAMME_REASON_LABELS[reason]).join(' · ');
}

const MONTH = new Intl.DateTimeFormat(undefined, {
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});
const SHORT_MONTH = new Intl.DateTimeFormat(undefined, {
  month: 'short',
  year: '2-digit',
  timeZone: 'UTC',
});

/** "March 2026" of "2026-03". */
export function formatMonth(month: string, short = false): string {
  const date = new Date(`${month}-01T00:00:00Z`);
  return (short ? SHORT_MONTH : MONTH).format(date);
}

export function assignmentState(assignment: TProgrammeAssignment): 'handled' | 'overdue' | 'open' {
  if (assignment.handledAt) return 'handled';
  return assignment.overdue ? 'overdue' : 'open';
}

export const ASSIGNMENT_STATE_LABELS = {
  handled: 'Handled',
  overdue: 'Overdue',
  open: 'Open',
} as const;

/** Messages shown on their own under a field start with a capital. */
export function asSentence(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
