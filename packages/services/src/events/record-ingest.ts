import { newId, schema, type TTransaction } from '@customeric/db';
import type { TActor } from '../common/context.ts';

export type TIngestVia = 'batch' | 'stream' | 'cloudevents' | 'upload' | 'cli';

export interface TIngestCounts {
  accepted: number;
  duplicate: number;
  rejected: number;
}

/** Keeps one row per batch, stream or file, for the ingest statistics of the events page. */
export async function recordIngest(
  tx: TTransaction,
  actor: TActor,
  via: TIngestVia,
  counts: TIngestCounts,
  startedAt: Date,
): Promise<void> {
  await tx.insert(schema.eventIngests).values({
    orgId: actor.orgId,
    id: newId('ing'),
    via,
    actorUserId: actor.userId,
    actorApiKeyId: actor.apiKeyId,
    accepted: counts.accepted,
    duplicate: counts.duplicate,
    rejected: counts.rejected,
    startedAt,
  });
}
