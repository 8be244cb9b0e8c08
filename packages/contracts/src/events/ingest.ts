import { z } from 'zod';
import { ZId } from '../common/ids.ts';
import { ZPage } from '../common/pagination.ts';
import { ZProblemFieldError } from '../common/problem.ts';
import { ZEventId } from './events.ts';

export const EVENT_BATCH_LIMIT = 10_000;

export const ZEventBatchRequest = z.object({
  events: z
    .array(z.unknown())
    .min(1, 'give at least one event')
    .max(EVENT_BATCH_LIMIT, `send at most ${EVENT_BATCH_LIMIT} events per batch`)
    .meta({
      description:
        'Each event: { source, externalId, customer (a cus_ id, or { source?, externalId }), type, occurredAt, department?, valueChain?, stage?, amount?, attributes? }. Each is checked on its own.',
    }),
});

export const ZEventResult = z.object({
  index: z.number().int().meta({ description: 'Position of the event in the request' }),
  status: z.enum(['accepted', 'duplicate', 'rejected']),
  id: ZEventId.optional().meta({ description: 'The stored event, when accepted' }),
  problems: z.array(ZProblemFieldError).optional(),
});

export const ZEventBatchResult = z
  .object({
    accepted: z.number().int(),
    duplicate: z.number().int(),
    rejected: z.number().int(),
    results: z.array(ZEventResult),
  })
  .meta({ id: 'EventBatchResult' });

export const ZRejectedRow = z.object({
  line: z
    .number()
    .int()
    .meta({ description: 'Line of the record in the file (the first data line is 2 in a CSV)' }),
  externalId: z.string().nullable(),
  reason: z.string(),
  raw: z.string().meta({ description: 'The row as sent, cut at 1,000 characters' }),
});

export const ZEventStreamResult = z
  .object({
    rows: z.number().int(),
    accepted: z.number().int(),
    duplicate: z.number().int(),
    rejected: z.number().int(),
    rejectedRows: z.array(ZRejectedRow),
    rejectedRowsOmitted: z
      .number()
      .int()
      .meta({ description: 'Rejected rows beyond the first 10,000, counted but not listed' }),
  })
  .meta({ id: 'EventStreamResult' });

export const ZEventIngest = z
  .object({
    id: ZId('ing'),
    via: z.enum(['batch', 'stream', 'cloudevents', 'upload', 'cli']),
    actorUserId: z.string().nullable(),
    actorApiKeyId: z.string().nullable(),
    accepted: z.number().int(),
    duplicate: z.number().int(),
    rejected: z.number().int(),
    startedAt: z.string(),
    finishedAt: z.string(),
  })
  .meta({ id: 'EventIngest' });

export const ZEventIngestList = ZPage(ZEventIngest);

export const ZEventStats = z
  .object({
    totalEvents: z.number().int(),
    customersWithEvents: z.number().int(),
    lastReceivedAt: z.string().nullable(),
    last7Days: z.object({
      accepted: z.number().int(),
      duplicate: z.number().int(),
      rejected: z.number().int(),
      ingests: z.number().int(),
    }),
    byDepartment: z.array(
      z.object({ id: z.string().nullable(), name: z.string().nullable(), count: z.number().int() }),
    ),
  })
  .meta({ id: 'EventStats' });

export type TEventBatchResult = z.infer<typeof ZEventBatchResult>;
export type TEventResult = z.infer<typeof ZEventResult>;
export type TEventStreamResult = z.infer<typeof ZEventStreamResult>;
export type TRejectedRow = z.infer<typeof ZRejectedRow>;
export type TEventIngest = z.infer<typeof ZEventIngest>;
export type TEventStats = z.infer<typeof ZEventStats>;
