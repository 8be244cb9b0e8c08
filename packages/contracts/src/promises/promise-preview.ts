import { z } from 'zod';
import { ZId } from '../common/ids.ts';
import { ZEventId } from '../events/events.ts';
import { ZPromiseRule } from './promise-rule.ts';

export const PREVIEW_MAX_DAYS = 366;

export const ZPromisePreviewRequest = z.object({
  rule: ZPromiseRule,
  calendarId: ZId('cal')
    .nullable()
    .default(null)
    .meta({ description: 'null: the default calendar' }),
  days: z
    .number()
    .int()
    .min(1)
    .max(PREVIEW_MAX_DAYS)
    .default(90)
    .meta({ description: 'How far back to replay the events' }),
});

export const ZPreviewEvent = z.object({
  id: ZEventId,
  type: z.string(),
  occurredAt: z.string(),
});

export const ZPreviewExample = z
  .object({
    customerId: ZId('cus'),
    customerName: z.string(),
    subjectKey: z.string(),
    reason: z.string(),
    dueAt: z.string().nullable(),
    resolvedAt: z.string().nullable(),
    events: z.array(ZPreviewEvent).meta({ description: 'The events involved, oldest first' }),
  })
  .meta({ id: 'PromisePreviewExample' });

export const ZPromisePreview = z
  .object({
    from: z.string(),
    to: z.string(),
    eventsScanned: z.number().int(),
    subjects: z.number().int(),
    kept: z.number().int(),
    broken: z.number().int(),
    open: z.number().int(),
    rate: z.number().nullable().meta({ description: 'kept / (kept + broken)' }),
    examples: z
      .object({
        kept: z.array(ZPreviewExample),
        broken: z.array(ZPreviewExample),
        open: z.array(ZPreviewExample),
      })
      .meta({ description: 'Up to 5 of each' }),
    tookMs: z.number().int(),
  })
  .meta({ id: 'PromisePreview' });

export type TPromisePreviewRequest = z.infer<typeof ZPromisePreviewRequest>;
export type TPromisePreview = z.infer<typeof ZPromisePreview>;
export type TPreviewExample = z.infer<typeof ZPreviewExample>;
