import { ZId } from '@customeric/contracts';
import { z } from 'zod';
import { defineJob } from '../jobs/define-job.ts';
import { evaluatePendingEvents } from './evaluate-pending-events.ts';
import { EVALUATE_EVENTS_JOB } from './queue-events-for-promises.ts';
import { reevaluatePromise } from './reevaluate-promise.ts';
import { REEVALUATE_JOB } from './start-promise-evaluation.ts';
import { sweepDeadlines } from './sweep-deadlines.ts';

const ZNow = z.iso
  .datetime({ offset: true })
  .optional()
  .meta({ description: 'Tests only: the moment to evaluate at' });

const at = (now: string | undefined) => (now ? new Date(now) : undefined);

/** Evaluates the events of ingested batches the promises have not seen yet (one per batch). */
const evaluateEventsJob = defineJob({
  name: EVALUATE_EVENTS_JOB,
  schema: z.object({ orgId: ZId('org'), now: ZNow }),
  handler: async (data, context) => {
    await evaluatePendingEvents(
      context.database,
      { orgId: data.orgId, ...(data.now ? { now: new Date(data.now) } : {}) },
      context.log,
    );
  },
});

/** Every minute: open outcomes past their deadline become broken, in every organisation. */
const sweepDeadlinesJob = defineJob({
  name: 'promises.sweep-deadlines',
  cron: '* * * * *',
  schema: z.object({ orgId: ZId('org').optional(), now: ZNow }),
  handler: async (data, context) => {
    const now = at(data.now);
    await sweepDeadlines(
      context.database,
      { ...(data.orgId ? { orgId: data.orgId } : {}), ...(now ? { now } : {}) },
      context.log,
    );
  },
});

/** Replays one promise's history after a rule change or on request, with progress. */
const reevaluatePromiseJob = defineJob({
  name: REEVALUATE_JOB,
  schema: z.object({ orgId: ZId('org'), evaluationId: ZId('pev'), now: ZNow }),
  handler: async (data, context) => {
    const now = at(data.now);
    await reevaluatePromise(
      context.database,
      { orgId: data.orgId, evaluationId: data.evaluationId, ...(now ? { now } : {}) },
      context.log,
    );
  },
});

export const PROMISE_JOBS = [evaluateEventsJob, sweepDeadlinesJob, reevaluatePromiseJob];
