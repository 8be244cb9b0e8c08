import { z } from 'zod';
import { ZId } from '../common/ids.ts';
import { ZCaseStatusCategory, ZCaseStatusKey } from './case-statuses.ts';
import { ZCase, ZCasePriority } from './cases.ts';

const ZRootCause = z.string().trim().min(1, 'is required').max(2000);

const ZAt = z.iso
  .datetime({ offset: true })
  .optional()
  .meta({ description: 'When it happened, if recorded in another system; now when left out' });

export const ZCaseStatusChoice = z.object({
  key: z.string(),
  name: z.string(),
  category: ZCaseStatusCategory,
});

/** A case and the statuses it may move to now. */
export const ZCaseDetail = z
  .object({ case: ZCase, allowedTransitions: z.array(ZCaseStatusChoice) })
  .meta({ id: 'CaseDetail' });

export const ZTransitionCaseRequest = z.object({
  to: ZCaseStatusKey,
  rootCause: ZRootCause.optional().meta({
    description: 'Why the problem happened: required to resolve a case that has none yet',
  }),
  version: z.number().int().min(1).optional(),
  at: ZAt,
});

export const ZHandOffCaseRequest = z.object({
  toDepartmentId: ZId('dep'),
  toUserId: ZId('usr').nullable().default(null).meta({
    description: 'The person of that department who takes it; the case is unassigned when null',
  }),
  reason: z.string().trim().min(1, 'is required').max(1000, 'must be at most 1,000 characters'),
  keepFrontOwner: z.boolean().default(true).meta({
    description: 'The front owner keeps the customer contact while the other department works',
  }),
  version: z.number().int().min(1).optional(),
  at: ZAt,
});

export const ZBulkCaseAction = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('assign'), ownerUserId: ZId('usr').nullable() }),
  z.object({
    kind: z.literal('status'),
    to: ZCaseStatusKey,
    rootCause: ZRootCause.optional(),
  }),
  z.object({ kind: z.literal('priority'), priority: ZCasePriority }),
]);

export const ZBulkCaseRequest = z.object({
  ids: z
    .array(ZId('cas'))
    .min(1, 'name at least one case')
    .max(200, 'at most 200 cases at once')
    .refine((ids) => new Set(ids).size === ids.length, 'name each case once'),
  action: ZBulkCaseAction,
});

export const ZBulkCaseResult = z
  .object({ updated: z.number().int(), items: z.array(ZCase) })
  .meta({ id: 'BulkCaseResult' });

export type TCaseDetail = z.infer<typeof ZCaseDetail>;
export type TCaseStatusChoice = z.infer<typeof ZCaseStatusChoice>;
export type TTransitionCaseRequest = z.infer<typeof ZTransitionCaseRequest>;
export type THandOffCaseRequest = z.infer<typeof ZHandOffCaseRequest>;
export type TBulkCaseAction = z.infer<typeof ZBulkCaseAction>;
export type TBulkCaseRequest = z.infer<typeof ZBulkCaseRequest>;
export type TBulkCaseResult = z.infer<typeof ZBulkCaseResult>;
