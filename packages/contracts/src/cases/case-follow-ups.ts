import { z } from 'zod';
import { ZId } from '../common/ids.ts';

/** The closed loop of a case opened from a detractor's survey answer. */
export const ZCaseFollowUp = z
  .object({
    caseId: ZId('cas'),
    answerId: z.string().meta({ description: 'ans_<n>, the survey answer that opened it' }),
    surveyKind: z.string(),
    score: z.number().int(),
    comment: z.string().nullable(),
    actionTaken: z.string().nullable(),
    customerContacted: z.boolean().nullable(),
    contactedOn: z.string().nullable(),
    closedAt: z.string().nullable(),
    closedByName: z.string().nullable(),
  })
  .meta({ id: 'CaseFollowUp' });

/** A case's follow-up record; null for a case not opened from a survey answer. */
export const ZCaseFollowUpAnswer = z.object({ followUp: ZCaseFollowUp.nullable() });

export const ZCloseFollowUpRequest = z
  .object({
    actionTaken: z
      .string()
      .trim()
      .min(1, 'say what was done')
      .max(4000, 'must be at most 4,000 characters'),
    customerContacted: z.boolean(),
    contactedOn: z.iso.date('must be a date like 2026-03-01').nullable().default(null),
    rootCause: z
      .string()
      .trim()
      .min(1, 'say what caused the customer’s unhappiness')
      .max(2000, 'must be at most 2,000 characters'),
  })
  .refine((request) => request.customerContacted || request.contactedOn === null, {
    message: 'give a contact date only when the customer was contacted',
    path: ['contactedOn'],
  });

export type TCaseFollowUp = z.infer<typeof ZCaseFollowUp>;
export type TCloseFollowUpRequest = z.infer<typeof ZCloseFollowUpRequest>;
