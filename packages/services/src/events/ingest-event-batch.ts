import type { TEventBatchResult } from '@customeric/contracts';
import { type TTransaction, withTenant } from '@customeric/db';
import { fromCloudEvent, type TEventProblem } from '@customeric/domain';
import type { TActor, TServiceContext } from '../common/context.ts';
import { ingestEventsInTransaction } from './ingest-events.ts';
import { recordIngest } from './record-ingest.ts';

/** A batch of events in the caller's transaction (which may also hold an idempotency record). */
export async function ingestEventBatchIn(
  tx: TTransaction,
  actor: TActor,
  inputs: readonly unknown[],
  via: 'batch' | 'cloudevents' = 'batch',
): Promise<TEventBatchResult> {
  const startedAt = new Date();
  const result = await ingestEventsInTransaction(tx, actor.orgId, inputs, startedAt);
  await recordIngest(tx, actor, via, result, startedAt);
  return result;
}

/** A batch of events, committed together before the answer is given. */
export async function ingestEventBatch(
  context: TServiceContext,
  inputs: readonly unknown[],
): Promise<TEventBatchResult> {
  return withTenant(context.database, context.actor.orgId, (tx) =>
    ingestEventBatchIn(tx, context.actor, inputs),
  );
}

/**
 * CloudEvents (structured or batch mode) mapped onto events, then ingested like a batch: a
 * CloudEvent that cannot be mapped is rejected on its own, with its reason.
 */
export async function ingestCloudEventsIn(
  tx: TTransaction,
  actor: TActor,
  cloudEvents: readonly unknown[],
): Promise<TEventBatchResult> {
  const now = new Date();
  const refused = new Map<number, TEventProblem[]>();
  const inputs = cloudEvents.map((cloudEvent, index) => {
    const mapped = fromCloudEvent(cloudEvent, now);
    if (mapped.ok) return mapped.input;
    refused.set(index, mapped.problems);
    return null;
  });
  const result = await ingestEventBatchIn(tx, actor, inputs, 'cloudevents');
  for (const [index, problems] of refused) {
    const entry = result.results[index];
    if (entry) entry.problems = problems;
  }
  return result;
}
