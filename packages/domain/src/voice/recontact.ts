/**
 * Recontact rules, so nobody is asked too often: a contact gets at most one invitation every
 * N days across all surveys (the organisation's setting; a survey may set its own N). Whoever
 * cannot be invited now is named with the reason, never silently dropped.
 */
export const SKIP_REASONS = {
  recently_invited: 'was invited recently',
  no_contact: 'has no contact to invite',
  churned: 'has churned',
  prospect: 'is a prospect, not yet a customer',
  duplicate: 'is named twice in this request',
} as const;

export type TSkipReason = keyof typeof SKIP_REASONS;

export interface TInvitationTarget {
  customerId: string;
  customerStatus: 'prospect' | 'active' | 'churned';
  /** null: the customer has no contact at all. */
  contactId: string | null;
  /** When this contact was last invited to any survey, if ever. */
  lastInvitedAt: Date | null;
}

export type TInvitationDecision =
  | { invite: true }
  | { invite: false; reason: TSkipReason; detail: string; until: Date | null };

const DAY = 86_400_000;

function formatDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Whether this contact may be invited now, and if not, why and from when it may be. */
export function decideInvitation(
  target: TInvitationTarget,
  options: { now: Date; recontactDays: number },
): TInvitationDecision {
  if (target.customerStatus === 'churned')
    return { invite: false, reason: 'churned', detail: 'The customer has churned.', until: null };
  if (target.customerStatus === 'prospect')
    return {
      invite: false,
      reason: 'prospect',
      detail: 'The customer is a prospect and has not bought yet.',
      until: null,
    };
  if (!target.contactId)
    return {
      invite: false,
      reason: 'no_contact',
      detail: 'The customer has no contact to send a link to.',
      until: null,
    };
  if (!target.lastInvitedAt) return { invite: true };
  const until = new Date(target.lastInvitedAt.getTime() + options.recontactDays * DAY);
  if (until.getTime() <= options.now.getTime()) return { invite: true };
  return {
    invite: false,
    reason: 'recently_invited',
    detail: `Invited on ${formatDay(target.lastInvitedAt)}; at most one invitation every ${options.recontactDays} days, so not before ${formatDay(until)}.`,
    until,
  };
}
