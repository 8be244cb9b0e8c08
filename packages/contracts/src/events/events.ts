import { z } from 'zod';
import { ZId } from '../common/ids.ts';
import { ZPage } from '../common/pagination.ts';

/** Event ids are `evt_` and a number: a bigint identity, time-ordered (see the migration). */
export const ZEventId = z
  .string()
  .regex(/^evt_[1-9][0-9]{0,18}$/, 'must be an event id like evt_123');

export const ZEvent = z
  .object({
    id: ZEventId,
    source: z.string(),
    externalId: z.string(),
    customerId: ZId('cus'),
    type: z.string(),
    occurredAt: z.string(),
    departmentId: z.string().nullable(),
    valueChainId: z.string().nullable(),
    stageId: z.string().nullable(),
    amount: z.number().nullable(),
    attributes: z.record(z.string(), z.unknown()),
    receivedAt: z.string(),
  })
  .meta({ id: 'Event' });

const ZMoment = z
  .union([z.iso.datetime({ offset: true }), z.iso.date()])
  .meta({ description: 'A date (2026-03-01) or a date-time with a zone' });

const ZTypeFilter = z
  .string()
  .trim()
  .max(100)
  .regex(/^[a-z0-9_.*-]+$/, 'must be an event type, or a prefix ending in .*')
  .meta({ description: 'An event type (order.placed) or a prefix (order.*)' });

export const ZTimelineQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z
    .string()
    .max(200)
    .optional()
    .meta({ description: 'The nextCursor of the previous page' }),
  department: ZId('dep').optional(),
  valueChain: z.string().trim().max(100).optional(),
  stage: z.string().trim().max(100).optional(),
  type: ZTypeFilter.optional(),
  from: ZMoment.optional().meta({ description: 'Events at or after this moment' }),
  to: ZMoment.optional().meta({
    description: 'Events before this moment (a date: before its end)',
  }),
});

export const ZEventListQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(200).optional(),
  type: ZTypeFilter.optional(),
  source: z.string().trim().max(100).optional(),
});

export const ZEventPage = ZPage(ZEvent);

const ZCount = z.object({ id: z.string(), name: z.string().nullable(), count: z.number().int() });

export const ZTimelineSummary = z
  .object({
    total: z.number().int(),
    firstAt: z.string().nullable(),
    lastAt: z.string().nullable(),
    departments: z.array(ZCount.extend({ firstAt: z.string(), lastAt: z.string() })).meta({
      description: 'The departments the customer passed through, in order of first contact',
    }),
    valueChains: z.array(ZCount),
    stages: z.array(ZCount),
    types: z.array(z.object({ type: z.string(), count: z.number().int() })),
  })
  .meta({ id: 'TimelineSummary' });

export type TEvent = z.infer<typeof ZEvent>;
export type TTimelineQuery = z.infer<typeof ZTimelineQuery>;
export type TEventListQuery = z.infer<typeof ZEventListQuery>;
export type TTimelineSummary = z.infer<typeof ZTimelineSummary>;
