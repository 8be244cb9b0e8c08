import {
  CASE_CATEGORIES,
  CASE_PRIORITIES,
  CASE_SOURCE_KINDS,
  CASE_STATUS_CATEGORIES,
} from '@customeric/domain';
import { z } from 'zod';
import { ZId } from '../common/ids.ts';
import { ZPage } from '../common/pagination.ts';
import { ZCaseStatusCategory, ZCaseStatusKey } from './case-statuses.ts';

export const ZCasePriority = z.enum(CASE_PRIORITIES);
export const ZCaseCategory = z.enum(CASE_CATEGORIES);
export const ZCaseSourceKind = z.enum(CASE_SOURCE_KINDS);

export const ZCase = z
  .object({
    id: ZId('cas'),
    customerId: ZId('cus'),
    customerName: z.string(),
    subject: z.string(),
    description: z.string().nullable(),
    category: ZCaseCategory,
    priority: ZCasePriority,
    statusKey: z.string(),
    statusName: z.string(),
    statusCategory: ZCaseStatusCategory,
    ownerUserId: ZId('usr').nullable(),
    ownerName: z.string().nullable(),
    departmentId: ZId('dep').nullable(),
    departmentName: z.string().nullable(),
    departmentSince: z.string().nullable(),
    frontOwnerUserId: ZId('usr').nullable(),
    frontOwnerName: z.string().nullable(),
    rootCause: z.string().nullable(),
    sourceKind: ZCaseSourceKind,
    sourceRef: z.string().nullable(),
    handoffCount: z.number().int(),
    bounceCount: z.number().int(),
    version: z.number().int().meta({ description: 'Send it back in If-Match to change the case' }),
    openedAt: z.string(),
    resolvedAt: z.string().nullable(),
    closedAt: z.string().nullable(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Case' });

const ZSubject = z.string().trim().min(1, 'is required').max(200, 'must be at most 200 characters');
const ZDescription = z.string().trim().max(10_000, 'must be at most 10,000 characters').nullable();

export const ZCreateCaseRequest = z.object({
  customerId: ZId('cus'),
  subject: ZSubject,
  description: ZDescription.default(null),
  category: ZCaseCategory.default('other'),
  priority: ZCasePriority.default('normal'),
  departmentId: ZId('dep').nullable().default(null),
  ownerUserId: ZId('usr').nullable().default(null),
  frontOwnerUserId: ZId('usr').nullable().default(null).meta({
    description:
      'Who keeps the customer contact; the creator when left out and a person creates it',
  }),
  openedAt: z.iso
    .datetime({ offset: true })
    .optional()
    .meta({ description: 'When the customer raised it; now when left out' }),
});

export const ZUpdateCaseRequest = z
  .object({
    subject: ZSubject,
    description: ZDescription,
    category: ZCaseCategory,
    priority: ZCasePriority,
    ownerUserId: ZId('usr').nullable(),
    frontOwnerUserId: ZId('usr').nullable(),
    rootCause: z.string().trim().min(1).max(2000).nullable(),
    version: z
      .number()
      .int()
      .min(1)
      .meta({ description: 'The version you changed; the If-Match header does the same' }),
  })
  .partial()
  .refine(
    (value) => Object.keys(value).some((key) => key !== 'version'),
    'give at least one field to change',
  );

export const ZCaseParams = z.object({ caseId: ZId('cas') });

export const CASE_SORTS = ['openedAt', 'updatedAt', 'priority', 'subject'] as const;

/** Like ZSort, but newest first by default: a case list is read from the top. */
export const ZCaseSort = z
  .enum(CASE_SORTS.flatMap((field) => [field, `-${field}`]) as [string, ...string[]])
  .default('-openedAt')
  .meta({ description: `One of ${CASE_SORTS.join(', ')}; a leading - sorts descending` });

/** Filters of the case list, all strings as in a query: a saved view stores exactly these. */
export const ZCaseFilters = z.object({
  q: z.string().trim().max(200).optional().meta({ description: 'Search in subject and customer' }),
  statusCategory: z
    .enum([...CASE_STATUS_CATEGORIES, 'active'])
    .optional()
    .meta({ description: 'A status group, or active for open and waiting' }),
  status: ZCaseStatusKey.optional(),
  priority: ZCasePriority.optional(),
  category: ZCaseCategory.optional(),
  departmentId: ZId('dep').optional(),
  ownerUserId: z
    .union([ZId('usr'), z.enum(['me', 'none'])])
    .optional()
    .meta({ description: 'A person, me, or none for unassigned cases' }),
  customerId: ZId('cus').optional(),
  sourceKind: ZCaseSourceKind.optional(),
  bounced: z
    .enum(['true', 'false'])
    .optional()
    .meta({ description: 'true: only cases that bounced; false: only cases that never did' }),
});

export const ZCaseListQuery = ZCaseFilters.extend({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(400).optional(),
  sort: ZCaseSort,
});

export const ZCaseList = ZPage(ZCase);

export type TCase = z.infer<typeof ZCase>;
export type TCreateCaseRequest = z.infer<typeof ZCreateCaseRequest>;
export type TUpdateCaseRequest = z.infer<typeof ZUpdateCaseRequest>;
export type TCaseFilters = z.infer<typeof ZCaseFilters>;
export type TCaseListQuery = z.infer<typeof ZCaseListQuery>;
