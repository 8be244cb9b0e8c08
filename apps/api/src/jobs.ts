import {
  CASE_PROGRAMME_JOBS,
  deliverWebhookJob,
  PROMISE_JOBS,
  type TJobDefinition,
} from '@customeric/services';

/**
 * Every background job the API process runs. A module adds its definitions here and its
 * queue names to JOB_QUEUES in packages/db (the migration owner creates the queues).
 */
export const JOB_DEFINITIONS: readonly TJobDefinition[] = [
  deliverWebhookJob,
  ...PROMISE_JOBS,
  ...CASE_PROGRAMME_JOBS,
];
