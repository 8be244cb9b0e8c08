import { z } from 'zod';

/**
 * The `data` of every webhook event type, by type. A module that publishes a new type adds
 * its data shape here and its entry to WEBHOOK_EVENT_TYPES below (the compiler insists on
 * both); `publishWebhookMessage` then accepts exactly that shape for that type. Types are
 * full-stop delimited and grouped, as the Standard Webhooks specification recommends.
 */
export interface TWebhookEventCatalog {
  'webhook.test': { endpointId: string; message: string };
  'promise.breached': {
    breachId: string;
    promiseId: string;
    promiseName: string;
    customerWording: string;
    customerId: string;
    customerName: string;
    accountableDepartmentId: string | null;
    accountableDepartmentName: string | null;
    dueAt: string | null;
    detectedAt: string;
    reason: string;
    evidenceEventIds: string[];
  };
  'promise.kept_late': {
    breachId: string;
    promiseId: string;
    customerId: string;
    withdrawnAt: string;
    withdrawnReason: string;
  };
  'case.opened': {
    caseId: string;
    title: string;
    customerId: string | null;
    ownerDepartmentId: string | null;
    breachId: string | null;
    openedAt: string;
  };
}

export type TWebhookEventType = keyof TWebhookEventCatalog;

export interface TWebhookEventTypeInfo<TData> {
  description: string;
  /** false: sent on request only (a test), never by subscription. */
  subscribable: boolean;
  example: TData;
}

export const WEBHOOK_EVENT_TYPES: {
  readonly [K in TWebhookEventType]: TWebhookEventTypeInfo<TWebhookEventCatalog[K]>;
} = {
  'webhook.test': {
    description: 'A test message, sent when someone presses “Send test” on an endpoint.',
    subscribable: false,
    example: {
      endpointId: 'whe_01jq7m3v9k2x8c4n6p0r5t7w9y',
      message: 'A test from Customeric: your endpoint verifies our signature.',
    },
  },
  'promise.breached': {
    description: 'A promise of the Bill of Rights was broken for a customer.',
    subscribable: true,
    example: {
      breachId: 'brc_01jq7m3v9k2x8c4n6p0r5t7w9y',
      promiseId: 'prm_01jq7k2d3f4g5h6j7k8m9n0p1q',
      promiseName: 'First answer within 4 business hours',
      customerWording: 'You will get a first answer to any complaint within 4 business hours.',
      customerId: 'cus_01jq6z8x7w6v5t4s3r2q1p0n9m',
      customerName: 'Northwind Traders',
      accountableDepartmentId: 'dep_01jq5y6x7w8v9t0s1r2q3p4n5m',
      accountableDepartmentName: 'Customer Service',
      dueAt: '2026-03-03T13:00:00.000Z',
      detectedAt: '2026-03-03T13:00:41.000Z',
      reason: 'No first answer within 4 business hours (due Tue 13:00)',
      evidenceEventIds: ['evt_48213'],
    },
  },
  'promise.kept_late': {
    description:
      'A breach no longer counts: an event that arrived late shows the promise was kept in time.',
    subscribable: true,
    example: {
      breachId: 'brc_01jq7m3v9k2x8c4n6p0r5t7w9y',
      promiseId: 'prm_01jq7k2d3f4g5h6j7k8m9n0p1q',
      customerId: 'cus_01jq6z8x7w6v5t4s3r2q1p0n9m',
      withdrawnAt: '2026-03-03T15:12:09.000Z',
      withdrawnReason: 'Kept by a late event received at 15:12 (it occurred at 12:41).',
    },
  },
  'case.opened': {
    description: 'A case was opened, by hand or from a breach.',
    subscribable: true,
    example: {
      caseId: 'cas_01jq7n4w0l3y9d5p7q1s6u8x0z',
      title: 'Invoice did not match the order',
      customerId: 'cus_01jq6z8x7w6v5t4s3r2q1p0n9m',
      ownerDepartmentId: 'dep_01jq5y6x7w8v9t0s1r2q3p4n5m',
      breachId: null,
      openedAt: '2026-03-03T13:05:00.000Z',
    },
  },
};

export const WEBHOOK_EVENT_TYPE_NAMES = Object.keys(WEBHOOK_EVENT_TYPES) as TWebhookEventType[];

export const SUBSCRIBABLE_EVENT_TYPES = WEBHOOK_EVENT_TYPE_NAMES.filter(
  (type) => WEBHOOK_EVENT_TYPES[type].subscribable,
);

export const ZSubscribableEventType = z.enum(SUBSCRIBABLE_EVENT_TYPES as [string, ...string[]], {
  error: 'is not an event type one can subscribe to',
});

export const ZWebhookEventTypeInfo = z
  .object({
    type: z.string(),
    description: z.string(),
    subscribable: z.boolean(),
    examplePayload: z
      .object({ type: z.string(), timestamp: z.string(), data: z.record(z.string(), z.unknown()) })
      .meta({ description: 'The request body an endpoint receives for this type' }),
  })
  .meta({ id: 'WebhookEventType' });

export const ZWebhookEventTypeList = z.object({ items: z.array(ZWebhookEventTypeInfo) });

export type TWebhookEventTypeList = z.infer<typeof ZWebhookEventTypeList>;
