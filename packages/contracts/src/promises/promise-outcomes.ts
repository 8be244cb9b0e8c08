import { z } from 'zod';
import { ZId } from '../common/ids.ts';
import { ZPage } from '../common/pagination.ts';
import { ZEvent, ZEventId } from '../events/events.ts';

export const OUTCOME_STATUSES = ['open', 'kept', 'broken'] as const;
export const ZOutcomeStatus = z.enum(OUTCOME_STATUSES);

const ZMoment = z
  .union([z.iso.datetime({ offset: true }), z.iso.date()])
  .meta({ description: 'A date (2026-03-01) or a date-time with a zone' });

/** One chance to keep a promise: a subject (customer, order, case…) and what became of it. */
export const ZPromiseOutcome = z
  .object({
    promiseId: ZId('prm'),
    promiseName: z.string(),
    key: z.string().meta({ description: 'Unique per promise: subject and starting event' }),
    subjectKey: z.string(),
    customerId: ZId('cus'),
    customerName: z.string(),
    segment: z.string().nullable(),
    status: ZOutcomeStatus,
    startEventId: ZEventId,
    endEventId: ZEventId.nullable(),
    startedAt: z.string().meta({ description: 'When the starting event happened' }),
    dueAt: z.string().nullable(),
    resolvedAt: z.string().nullable(),
    evidenceEventIds: z.array(ZEventId),
    reason: z.string(),
    departmentId: ZId('dep').nullable().meta({ description: 'The accountable department' }),
    valueChainId: ZId('vch').nullable(),
    stageId: ZId('stg').nullable(),
    breachId: ZId('brc').nullable(),
  })
  .meta({ id: 'PromiseOutcome' });

const listFilters = {
  promiseId: ZId('prm').optional(),
  departmentId: ZId('dep').optional(),
  valueChainId: ZId('vch').optional(),
  stageId: ZId('stg').optional(),
  customerId: ZId('cus').optional(),
  segment: z.string().trim().min(1).max(100).optional(),
  from: ZMoment.optional(),
  to: ZMoment.optional().meta({ description: 'Before this moment (a date: before its end)' }),
};

export const ZPromiseOutcomeFilters = z.object({
  ...listFilters,
  status: ZOutcomeStatus.optional(),
  from: listFilters.from.meta({ description: 'Outcomes that started at or after this moment' }),
});

export const ZPromiseOutcomeListQuery = ZPromiseOutcomeFilters.extend({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(400).optional(),
});

export const ZPromiseOutcomePage = ZPage(ZPromiseOutcome);

export const ZPromiseBreach = z
  .object({
    id: ZId('brc'),
    promiseId: ZId('prm'),
    promiseName: z.string(),
    customerWording: z.string(),
    outcomeKey: z.string(),
    customerId: ZId('cus'),
    customerName: z.string(),
    segment: z.string().nullable(),
    accountableDepartmentId: ZId('dep').nullable(),
    accountableDepartmentName: z.string().nullable(),
    accountableUserId: ZId('usr').nullable(),
    accountableUserName: z.string().nullable(),
    valueChainId: ZId('vch').nullable(),
    stageId: ZId('stg').nullable(),
    dueAt: z.string().nullable(),
    brokenAt: z
      .string()
      .meta({ description: 'The deadline missed, or when the wrong event happened' }),
    detectedAt: z.string().meta({ description: 'When Customeric recorded it' }),
    reason: z.string(),
    evidenceEventIds: z.array(ZEventId),
    withdrawnAt: z.string().nullable(),
    withdrawnReason: z
      .string()
      .nullable()
      .meta({ description: 'Why it no longer counts, e.g. kept by a late event' }),
    caseId: z.string().nullable(),
  })
  .meta({ id: 'PromiseBreach' });

export const ZPromiseBreachDetail = ZPromiseBreach.extend({
  evidence: z.array(ZEvent).meta({ description: 'The events involved, oldest first' }),
}).meta({ id: 'PromiseBreachDetail' });

export const BREACH_STATES = ['active', 'withdrawn', 'all'] as const;

export const ZPromiseBreachFilters = z.object({
  ...listFilters,
  from: listFilters.from.meta({ description: 'Breaches that broke at or after this moment' }),
  state: z
    .enum(BREACH_STATES)
    .default('active')
    .meta({ description: 'active: still counted; withdrawn: kept by a late event' }),
  accountableUserId: ZId('usr').optional(),
  hasCase: z.enum(['true', 'false']).optional(),
});

export const ZPromiseBreachListQuery = ZPromiseBreachFilters.extend({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(400).optional(),
});

export const ZPromiseBreachPage = ZPage(ZPromiseBreach);
export const ZPromiseBreachParams = z.object({ breachId: ZId('brc') });

export type TPromiseOutcomeView = z.infer<typeof ZPromiseOutcome>;
export type TPromiseOutcomeFilters = z.infer<typeof ZPromiseOutcomeFilters>;
export type TPromiseOutcomeListQuery = z.infer<typeof ZPromiseOutcomeListQuery>;
export type TPromiseOutcomePage = z.infer<typeof ZPromiseOutcomePage>;
export type TPromiseBreachView = z.infer<typeof ZPromiseBreach>;
export type TPromiseBreachDetail = z.infer<typeof ZPromiseBreachDetail>;
export type TPromiseBreachFilters = z.infer<typeof ZPromiseBreachFilters>;
export type TPromiseBreachListQuery = z.infer<typeof ZPromiseBreachListQuery>;
export type TPromiseBreachPage = z.infer<typeof ZPromiseBreachPage>;
