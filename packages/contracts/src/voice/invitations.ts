import { SKIP_REASONS, type TSkipReason } from '@customeric/domain';
import { z } from 'zod';
import { ZId } from '../common/ids.ts';
import { ZPage } from '../common/pagination.ts';
import { ZEventId } from '../events/events.ts';

export const ZSkipReason = z.enum(Object.keys(SKIP_REASONS) as [TSkipReason, ...TSkipReason[]]);

export const ZCreateInvitationsRequest = z
  .object({
    customerIds: z
      .array(ZId('cus'))
      .max(1_000, 'invite at most 1,000 customers at a time')
      .default([])
      .meta({ description: 'Each customer’s primary contact (or its first) is invited' }),
    contactIds: z
      .array(ZId('con'))
      .max(1_000, 'invite at most 1,000 contacts at a time')
      .default([])
      .meta({ description: 'These contacts are invited' }),
    eventId: ZEventId.nullable()
      .default(null)
      .meta({ description: 'The event the survey asks about (a delivery, an invoice)' }),
    dryRun: z
      .boolean()
      .default(false)
      .meta({ description: 'Only say who would be invited and who skipped, and why' }),
  })
  .refine((value) => value.customerIds.length + value.contactIds.length > 0, {
    message: 'name at least one customer or contact',
    path: ['customerIds'],
  });

export const ZInvited = z.object({
  invitationId: ZId('inv').nullable().meta({ description: 'null in a dry run' }),
  customerId: ZId('cus'),
  customerName: z.string(),
  contactId: ZId('con'),
  contactName: z.string(),
  email: z.string().nullable(),
  link: z
    .string()
    .nullable()
    .meta({ description: 'The unique answer link, shown this once (null in a dry run)' }),
  expiresAt: z.string(),
});

export const ZSkipped = z.object({
  customerId: ZId('cus'),
  customerName: z.string(),
  contactId: ZId('con').nullable(),
  contactName: z.string().nullable(),
  reason: ZSkipReason,
  detail: z.string(),
  until: z.string().nullable().meta({ description: 'From when the contact may be invited again' }),
});

export const ZCreateInvitationsResult = z
  .object({
    dryRun: z.boolean(),
    recontactDays: z.number().int(),
    invited: z.array(ZInvited),
    skipped: z.array(ZSkipped),
  })
  .meta({ id: 'CreateInvitationsResult' });

export const INVITATION_STATUSES = ['open', 'answered', 'expired'] as const;

export const ZInvitation = z
  .object({
    id: ZId('inv'),
    surveyId: ZId('srv'),
    customerId: ZId('cus'),
    customerName: z.string(),
    contactId: ZId('con'),
    contactName: z.string(),
    email: z.string().nullable(),
    status: z.enum(INVITATION_STATUSES),
    sentAt: z.string(),
    openedAt: z.string().nullable(),
    answeredAt: z.string().nullable(),
    expiresAt: z.string(),
  })
  .meta({ id: 'SurveyInvitation' });

export const ZInvitationListQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(400).optional(),
  status: z.enum(INVITATION_STATUSES).optional(),
});

export const ZInvitationList = ZPage(ZInvitation);

export type TCreateInvitationsRequest = z.infer<typeof ZCreateInvitationsRequest>;
export type TCreateInvitationsResult = z.infer<typeof ZCreateInvitationsResult>;
export type TInvited = z.infer<typeof ZInvited>;
export type TSkipped = z.infer<typeof ZSkipped>;
export type TInvitation = z.infer<typeof ZInvitation>;
export type TInvitationListQuery = z.infer<typeof ZInvitationListQuery>;
