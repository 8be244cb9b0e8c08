import {
  type TWebhookEventTypeList,
  WEBHOOK_EVENT_TYPE_NAMES,
  WEBHOOK_EVENT_TYPES,
} from '@customeric/contracts';
import { buildWebhookPayload } from './webhook-body.ts';

const EXAMPLE_TIME = new Date('2026-03-03T13:00:41.000Z');

/** The registry as the API shows it: each type with its description and an example body. */
export function listWebhookEventTypes(): TWebhookEventTypeList {
  return {
    items: WEBHOOK_EVENT_TYPE_NAMES.map((type) => {
      const info = WEBHOOK_EVENT_TYPES[type];
      return {
        type,
        description: info.description,
        subscribable: info.subscribable,
        examplePayload: buildWebhookPayload(
          type,
          EXAMPLE_TIME,
          info.example as Record<string, unknown>,
        ),
      };
    }),
  };
}
