import { describe, expect, it } from 'vitest';
import { decideInvitation, type TInvitationTarget } from './recontact.ts';

const now = new Date('2026-03-15T12:00:00Z');
const target: TInvitationTarget = {
  customerId: 'cus_1',
  customerStatus: 'active',
  contactId: 'con_1',
  lastInvitedAt: null,
};

describe('decideInvitation', () => {
  it('invites a contact never invited, and one invited longer ago than the recontact period', () => {
    expect(decideInvitation(target, { now, recontactDays: 30 })).toEqual({ invite: true });
    const longAgo = { ...target, lastInvitedAt: new Date('2026-02-13T12:00:00Z') };
    expect(decideInvitation(longAgo, { now, recontactDays: 30 })).toEqual({ invite: true });
  });

  it('refuses a contact invited within the period, saying when and from when it may be', () => {
    const recent = { ...target, lastInvitedAt: new Date('2026-03-01T09:00:00Z') };
    const decision = decideInvitation(recent, { now, recontactDays: 30 });
    expect(decision).toMatchObject({ invite: false, reason: 'recently_invited' });
    if (decision.invite) return;
    expect(decision.detail).toBe(
      'Invited on 2026-03-01; at most one invitation every 30 days, so not before 2026-03-31.',
    );
    expect(decision.until?.toISOString()).toBe('2026-03-31T09:00:00.000Z');
    expect(decideInvitation(recent, { now, recontactDays: 7 })).toEqual({ invite: true });
  });

  it.each([
    [{ customerStatus: 'churned' as const }, 'churned'],
    [{ customerStatus: 'prospect' as const }, 'prospect'],
    [{ contactId: null }, 'no_contact'],
  ])('refuses %j as %s', (change, reason) => {
    expect(decideInvitation({ ...target, ...change }, { now, recontactDays: 30 })).toMatchObject({
      invite: false,
      reason,
    });
  });
});
