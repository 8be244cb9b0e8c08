import { CUSTOMER_STATUSES, RELATIONSHIP_LEVELS } from '@customeric/domain';
import { z } from 'zod';
import { ZId } from '../common/ids.ts';
import { ZPage } from '../common/pagination.ts';
import { ZSort } from '../common/sort.ts';

export const ZRelationshipLevel = z.enum(RELATIONSHIP_LEVELS);
export const ZCustomerStatus = z.enum(CUSTOMER_STATUSES);

export const ZExternalKey = z
  .object({
    source: z.string().trim().min(1, 'is required').max(100),
    externalId: z.string().trim().min(1, 'is required').max(200),
  })
  .meta({ description: 'The id another system knows the customer by' });

export const ZCustomer = z
  .object({
    id: ZId('cus'),
    name: z.string(),
    segment: z.string().nullable(),
    relationshipLevel: ZRelationshipLevel,
    ownerUserId: ZId('usr').nullable(),
    ownerName: z.string().nullable(),
    status: ZCustomerStatus,
    startedOn: z.string().nullable(),
    churnedOn: z.string().nullable(),
    churnReason: z.string().nullable(),
    externalKeys: z.array(ZExternalKey),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Customer' });

const ZDay = z.iso.date('must be a date like 2026-03-01');

const customerFields = {
  name: z.string().trim().min(1, 'is required').max(200, 'must be at most 200 characters'),
  segment: z.string().trim().min(1).max(100).nullable(),
  relationshipLevel: ZRelationshipLevel,
  ownerUserId: ZId('usr').nullable(),
  status: ZCustomerStatus,
  startedOn: ZDay.nullable(),
  churnedOn: ZDay.nullable(),
  churnReason: z.string().trim().min(1).max(500).nullable(),
};

/** A churned customer has a churn date, and only a churned one has a churn reason. */
function checkChurn(
  value: { status?: string; churnedOn?: string | null; churnReason?: string | null },
  context: z.RefinementCtx,
) {
  if (value.status === 'churned' && !value.churnedOn)
    context.addIssue({ code: 'custom', path: ['churnedOn'], message: 'is required when churned' });
  if (value.status && value.status !== 'churned' && value.churnedOn)
    context.addIssue({
      code: 'custom',
      path: ['churnedOn'],
      message: 'is only for churned customers',
    });
  if (value.status && value.status !== 'churned' && value.churnReason)
    context.addIssue({
      code: 'custom',
      path: ['churnReason'],
      message: 'is only for churned customers',
    });
}

export const ZCreateCustomerRequest = z
  .object({
    ...customerFields,
    segment: customerFields.segment.default(null),
    relationshipLevel: ZRelationshipLevel.default('transactional'),
    ownerUserId: customerFields.ownerUserId.default(null),
    status: ZCustomerStatus.default('active'),
    startedOn: customerFields.startedOn.default(null),
    churnedOn: customerFields.churnedOn.default(null),
    churnReason: customerFields.churnReason.default(null),
    externalKeys: z.array(ZExternalKey).max(20).default([]),
  })
  .superRefine(checkChurn);

export const ZUpdateCustomerRequest = z
  .object({ ...customerFields, externalKeys: z.array(ZExternalKey).max(20) })
  .partial()
  .refine((value) => Object.keys(value).length > 0, 'give at least one field to change')
  .superRefine(checkChurn);

export const ZCustomerParams = z.object({ customerId: ZId('cus') });

export const CUSTOMER_SORTS = ['name', 'createdAt'] as const;

export const ZCustomerListQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(400).optional(),
  sort: ZSort(CUSTOMER_SORTS, 'name'),
  q: z
    .string()
    .trim()
    .max(200)
    .optional()
    .meta({ description: 'Search in the name, contacts’ e-mail and external ids' }),
  status: ZCustomerStatus.optional(),
  relationshipLevel: ZRelationshipLevel.optional(),
  segment: z.string().trim().max(100).optional(),
});

export const ZCustomerList = ZPage(ZCustomer);

export const ZCustomerOverview = z
  .object({
    customer: ZCustomer,
    contactCount: z.number().int(),
    eventCount: z.number().int(),
    firstEventAt: z.string().nullable(),
    lastEventAt: z.string().nullable(),
  })
  .meta({ id: 'CustomerOverview' });

export type TCustomer = z.infer<typeof ZCustomer>;
export type TExternalKey = z.infer<typeof ZExternalKey>;
export type TCreateCustomerRequest = z.infer<typeof ZCreateCustomerRequest>;
export type TUpdateCustomerRequest = z.infer<typeof ZUpdateCustomerRequest>;
export type TCustomerListQuery = z.infer<typeof ZCustomerListQuery>;
export type TCustomerOverview = z.infer<typeof ZCustomerOverview>;
