import { schema, type TTransaction, withTenant } from '@customeric/db';
import { and, eq, gt, sql } from 'drizzle-orm';
import { AppError } from './app-error.ts';
import type { TActor, TServiceContext } from './context.ts';

/** The answer a request produced, kept to be given again to a retry with the same key. */
export interface TStoredAnswer {
  status: number;
  body: unknown;
}

export interface TIdempotentAnswer extends TStoredAnswer {
  replayed: boolean;
}

const KEEP_HOURS = 24;

function principalOf(actor: TActor): string {
  return actor.apiKeyId ?? actor.userId ?? 'system';
}

/** Two requests with one key run one at a time: the second is told (409) instead of waiting. */
async function lockKey(tx: TTransaction, actor: TActor, key: string): Promise<void> {
  const lock = `${actor.orgId}/${principalOf(actor)}/${key}`;
  const result = await tx.execute<{ locked: boolean }>(
    sql`SELECT pg_try_advisory_xact_lock(hashtextextended(${lock}, 7311)) AS locked`,
  );
  if (!result.rows[0]?.locked) {
    throw new AppError('conflict', {
      detail:
        'A request with this Idempotency-Key is still being processed; retry when it has finished.',
    });
  }
}

async function findStored(tx: TTransaction, actor: TActor, key: string) {
  const [row] = await tx
    .select()
    .from(schema.idempotencyKeys)
    .where(
      and(
        eq(schema.idempotencyKeys.principalId, principalOf(actor)),
        eq(schema.idempotencyKeys.key, key),
        gt(schema.idempotencyKeys.expiresAt, sql`now()`),
      ),
    );
  return row ?? null;
}

function replay(
  stored: { fingerprint: string; responseStatus: number; responseBody: unknown },
  fingerprint: string,
): TIdempotentAnswer {
  if (stored.fingerprint !== fingerprint) {
    throw new AppError('idempotency_key_reused', {
      detail:
        'This Idempotency-Key was already used with another request body or route; use a new key for a new request.',
    });
  }
  return { status: stored.responseStatus, body: stored.responseBody, replayed: true };
}

async function store(
  tx: TTransaction,
  actor: TActor,
  key: string,
  fingerprint: string,
  answer: TStoredAnswer,
) {
  const principalId = principalOf(actor);
  // An expired entry of the same key is replaced; a few other expired ones are swept on the way.
  await tx
    .delete(schema.idempotencyKeys)
    .where(
      and(eq(schema.idempotencyKeys.principalId, principalId), eq(schema.idempotencyKeys.key, key)),
    );
  await tx.execute(sql`DELETE FROM idempotency_keys WHERE ctid IN (
    SELECT ctid FROM idempotency_keys WHERE expires_at < now() LIMIT 100)`);
  await tx.insert(schema.idempotencyKeys).values({
    orgId: actor.orgId,
    principalId,
    key,
    fingerprint,
    responseStatus: answer.status,
    responseBody: answer.body,
    expiresAt: sql`now() + make_interval(hours => ${KEEP_HOURS})`,
  });
}

/**
 * Runs `work` once per Idempotency-Key (IETF draft): the same key with the same request gives
 * the stored answer again; with another request, 422; while the first is still running, 409.
 * The answer is stored in the transaction that does the work, so either both are committed
 * or neither is, and a request cut off half-way can simply be sent again.
 */
export async function runIdempotent(
  context: TServiceContext,
  request: { key: string; fingerprint: string },
  work: (tx: TTransaction) => Promise<TStoredAnswer>,
): Promise<TIdempotentAnswer> {
  const { actor } = context;
  return withTenant(context.database, actor.orgId, async (tx) => {
    await lockKey(tx, actor, request.key);
    const stored = await findStored(tx, actor, request.key);
    if (stored) return replay(stored, request.fingerprint);
    const answer = await work(tx);
    await store(tx, actor, request.key, request.fingerprint, answer);
    return { ...answer, replayed: false };
  });
}

/**
 * The same for a streamed body, whose fingerprint is known only once it has been read: the
 * key is held while `run` reads and ingests (in transactions of its own), and the answer is
 * stored at the end. A stored key makes `drain` read the body (without storing anything) to
 * tell a retry from another request.
 */
export async function runIdempotentStream(
  context: TServiceContext,
  key: string,
  handlers: {
    run: () => Promise<TStoredAnswer & { fingerprint: string }>;
    drain: () => Promise<string>;
  },
): Promise<TIdempotentAnswer> {
  const { actor } = context;
  return withTenant(context.database, actor.orgId, async (tx) => {
    await lockKey(tx, actor, key);
    const stored = await findStored(tx, actor, key);
    if (stored) return replay(stored, await handlers.drain());
    const { fingerprint, ...answer } = await handlers.run();
    await store(tx, actor, key, fingerprint, answer);
    return { ...answer, replayed: false };
  });
}
