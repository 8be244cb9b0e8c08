import type { TLearning, TLearningsQuery, TPage } from '@customeric/contracts';
import { withTenant } from '@customeric/db';
import { sql } from 'drizzle-orm';
import { AppError } from '../../common/app-error.ts';
import type { TServiceContext } from '../../common/context.ts';
import { textArray } from '../../common/sql-arrays.ts';
import { selectCalls } from './calls-listened.ts';
import { selectHandlings } from './handling-query.ts';

type TKey = { at: string; id: string };

function encode(key: TKey): string {
  return Buffer.from(JSON.stringify([key.at, key.id]), 'utf8').toString('base64url');
}

function decode(cursor: string | undefined): TKey | null {
  if (!cursor) return null;
  try {
    const [at, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as [
      string,
      string,
    ];
    if (!Number.isNaN(Date.parse(at)) && /^[a-z]{3}_[0-9a-z]{26}$/.test(id)) return { at, id };
  } catch {
    // answered below
  }
  throw new AppError('validation_failed', {
    detail: 'The cursor is not one this API gave out; start again without it.',
    errors: [{ pointer: '/cursor', message: 'is not a valid cursor' }],
  });
}

/**
 * What people learned, newest first: calls listened to (on their day) and complaints handled
 * personally (with their notes), one feed with a cursor over (moment, id).
 */
export async function findLearnings(
  context: TServiceContext,
  query: TLearningsQuery,
): Promise<TPage<TLearning>> {
  const after = decode(query.cursor);
  return withTenant(context.database, context.actor.orgId, async (tx) => {
    const keys = await tx.execute<{ kind: 'call' | 'handling'; id: string; at: Date | string }>(sql`
      SELECT * FROM (
        SELECT 'call' AS kind, id, listened_on::timestamptz AS at, user_id FROM calls_listened
        UNION ALL
        SELECT 'handling', id, handled_at, user_id FROM personal_handlings) feed
      WHERE ${query.userId ? sql`user_id = ${query.userId}` : sql`true`}
        ${after ? sql`AND (at, id) < (${after.at}::timestamptz, ${after.id})` : sql``}
      ORDER BY at DESC, id DESC LIMIT ${query.limit + 1}`);
    const page = keys.rows.slice(0, query.limit);
    const ids = (kind: string) => page.filter((row) => row.kind === kind).map((row) => row.id);
    const calls = new Map(
      (await selectCalls(tx, sql`l.id = ANY(${textArray(ids('call'))})`)).map((call) => [
        call.id,
        call,
      ]),
    );
    const handlings = await selectHandlings(tx, sql`h.id = ANY(${textArray(ids('handling'))})`);
    const cases = await tx.execute<{ id: string; subject: string; customer: string }>(sql`
      SELECT c.id, c.subject, cu.name AS customer FROM cases c
      JOIN customers cu ON cu.org_id = c.org_id AND cu.id = c.customer_id
      WHERE c.id = ANY(${textArray(handlings.map((handling) => handling.caseId))})`);
    const caseOf = new Map(cases.rows.map((row) => [row.id, row]));
    const handlingOf = new Map(handlings.map((handling) => [handling.id, handling]));
    const items = page.flatMap((row): TLearning[] => {
      const at = new Date(row.at).toISOString();
      const call = calls.get(row.id);
      if (row.kind === 'call') return call ? [{ kind: 'call', id: call.id, at, call }] : [];
      const handling = handlingOf.get(row.id);
      const theCase = handling ? caseOf.get(handling.caseId) : undefined;
      return handling && theCase
        ? [
            {
              kind: 'handling',
              id: handling.id,
              at,
              handling,
              caseSubject: theCase.subject,
              customerName: theCase.customer,
            },
          ]
        : [];
    });
    const last = page.at(-1);
    const more = keys.rows.length > query.limit && last;
    return {
      items,
      nextCursor: more ? encode({ at: new Date(last.at).toISOString(), id: last.id }) : null,
    };
  });
}
