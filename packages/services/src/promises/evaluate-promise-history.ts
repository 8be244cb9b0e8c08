import type { TTransaction } from '@customeric/db';
import { evaluateSubject } from '@customeric/domain';
import { type SQL, sql } from 'drizzle-orm';
import { recordBreaches } from './evaluation/breach-store.ts';
import { activePromises, type TEvaluationPromise } from './evaluation/evaluation-promises.ts';
import { type TOutcomeRow, toOutcomeRow } from './evaluation/outcome-rows.ts';
import { insertOutcomes } from './evaluation/outcome-store.ts';
import {
  relevantTypeCondition,
  STORED_EVENT_COLUMNS,
  type TStoredEvent,
  type TStoredEventRow,
  toStoredEvent,
} from './evaluation/stored-events.ts';
import {
  fileEvents,
  groupRelevantEvents,
  indexSubjectEvents,
  subjectAttributeOf,
} from './evaluation/subject-index.ts';

const CHUNK = 5_000;

function chunks<T>(items: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let start = 0; start < items.length; start += CHUNK)
    out.push(items.slice(start, start + CHUNK));
  return out;
}

async function loadHistory(tx: TTransaction, orgId: string, promises: TEvaluationPromise[]) {
  const conditions = promises.map((promise) => relevantTypeCondition(promise.rule));
  const filter: SQL | undefined = conditions.some((condition) => condition === undefined)
    ? undefined
    : sql`(${sql.join(conditions as SQL[], sql` OR `)})`;
  const rows = await tx.execute<TStoredEventRow>(sql`
    SELECT ${STORED_EVENT_COLUMNS} FROM events e
    WHERE e.org_id = ${orgId} ${filter ? sql`AND ${filter}` : sql``}`);
  return rows.rows.map(toStoredEvent);
}

async function evaluateOne(
  tx: TTransaction,
  orgId: string,
  promise: TEvaluationPromise,
  events: TStoredEvent[],
  options: { now: Date; segments: Map<string, string | null> },
  filed: Map<string, Map<string, TStoredEvent[]>>,
) {
  const bySubject = groupRelevantEvents(promise, events);
  const rows: TOutcomeRow[] = [];
  const context = { now: options.now, calendar: promise.calendar };
  for (const subjectEvents of bySubject.values()) {
    const byId = new Map(subjectEvents.map((event) => [event.id, event]));
    for (const outcome of evaluateSubject(promise.rule, subjectEvents, context)) {
      const start = byId.get(outcome.startEventId);
      if (start)
        rows.push(
          toOutcomeRow(promise, outcome, start, options.segments.get(outcome.customerId) ?? null),
        );
    }
  }
  const attribute = subjectAttributeOf(promise);
  if (attribute !== null) fileEvents(filed, attribute, bySubject);
  for (const part of chunks(rows)) await insertOutcomes(tx, orgId, part);
  const broken = rows
    .filter((row) => row.status === 'broken')
    .map((outcome) => ({ promise, outcome }));
  for (const part of chunks(broken))
    await recordBreaches(tx, orgId, part, { now: options.now, announce: false });
  return { outcomes: rows.length, breaches: broken.length };
}

/**
 * Evaluates every active promise over the whole stored history in one pass, in memory: one
 * read of the events any promise can use, the engine per promise, then bulk writes of the
 * subject index, outcomes and breaches (no webhooks: this is history). For a fresh
 * organisation (the demo, an import of history); a replay of one promise is the job's.
 */
export async function evaluatePromiseHistoryIn(
  tx: TTransaction,
  orgId: string,
  options: { now: Date },
): Promise<{ events: number; outcomes: number; breaches: number }> {
  const promises = await activePromises(tx);
  const totals = { events: 0, outcomes: 0, breaches: 0 };
  if (promises.length === 0) return totals;
  const events = await loadHistory(tx, orgId, promises);
  const customers = await tx.execute<{ id: string; segment: string | null }>(sql`
    SELECT id, segment FROM customers`);
  const segments = new Map(customers.rows.map((row) => [row.id, row.segment]));
  totals.events = events.length;
  // Promises that name the same attribute share its filing: each event is filed once.
  const filed = new Map<string, Map<string, TStoredEvent[]>>();
  for (const promise of promises) {
    const done = await evaluateOne(
      tx,
      orgId,
      promise,
      events,
      { now: options.now, segments },
      filed,
    );
    totals.outcomes += done.outcomes;
    totals.breaches += done.breaches;
  }
  for (const [attribute, bySubject] of filed)
    for (const part of chunks([...bySubject.entries()]))
      await indexSubjectEvents(tx, orgId, new Map([[attribute, new Map(part)]]));
  return totals;
}
