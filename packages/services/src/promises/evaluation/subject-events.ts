import type { TTransaction } from '@customeric/db';
import { type SQL, sql } from 'drizzle-orm';
import { textArray } from '../../common/sql-arrays.ts';
import type { TEvaluationPromise } from './evaluation-promises.ts';
import {
  relevantTypeCondition,
  STORED_EVENT_COLUMNS,
  type TStoredEvent,
  type TStoredEventRow,
  toStoredEvent,
} from './stored-events.ts';
import { subjectAttributeOf } from './subject-index.ts';

/** Subjects of one promise to evaluate again. */
export interface TSubjectRequest {
  promise: TEvaluationPromise;
  subjectKeys: readonly string[];
}

type TBySubject = Map<string, TStoredEvent[]>;

function push(map: TBySubject, key: string, event: TStoredEvent) {
  const list = map.get(key);
  if (list) list.push(event);
  else map.set(key, [event]);
}

async function loadByAttribute(tx: TTransaction, attribute: string, keys: string[]) {
  const bySubject: TBySubject = new Map();
  const result = await tx.execute<TStoredEventRow & { subject_key: string }>(sql`
    SELECT s.subject_key, ${STORED_EVENT_COLUMNS}
    FROM promise_subject_events s
    JOIN events e ON e.org_id = s.org_id AND e.id = s.event_id
    WHERE s.subject_attribute = ${attribute} AND s.subject_key = ANY(${textArray(keys)})`);
  for (const row of result.rows) push(bySubject, row.subject_key, toStoredEvent(row));
  return bySubject;
}

/** Customers' events of the types the customer-subject promises read, along the timeline index. */
async function loadByCustomer(tx: TTransaction, orgId: string, keys: string[], types: SQL | null) {
  const bySubject: TBySubject = new Map();
  const result = await tx.execute<TStoredEventRow>(sql`
    SELECT ${STORED_EVENT_COLUMNS} FROM events e
    WHERE e.org_id = ${orgId} AND e.customer_id = ANY(${textArray(keys)})
      ${types ? sql`AND ${types}` : sql``}`);
  for (const row of result.rows) push(bySubject, row.customer_id, toStoredEvent(row));
  return bySubject;
}

function customerTypes(requests: readonly TSubjectRequest[]): SQL | null {
  const conditions = requests.map((request) => relevantTypeCondition(request.promise.rule));
  if (conditions.some((condition) => condition === undefined)) return null;
  return sql`(${sql.join(conditions as SQL[], sql` OR `)})`;
}

/**
 * Every stored event of the requested subjects: one query per subject attribute (shared by
 * the promises that name it) and one for customer subjects, whatever the number of promises.
 * The lists may hold events a rule does not read; the engine leaves those out.
 */
export async function loadEventsOfSubjects(
  tx: TTransaction,
  orgId: string,
  requests: readonly TSubjectRequest[],
): Promise<Map<string, TBySubject>> {
  const keysOf = new Map<string | null, Set<string>>();
  for (const request of requests) {
    const source = subjectAttributeOf(request.promise);
    const keys = keysOf.get(source) ?? new Set<string>();
    for (const key of request.subjectKeys) keys.add(key);
    keysOf.set(source, keys);
  }
  const loaded = new Map<string | null, TBySubject>();
  for (const [source, keys] of keysOf) {
    const list = [...keys];
    if (source !== null) loaded.set(source, await loadByAttribute(tx, source, list));
    else {
      const forCustomers = requests.filter(
        (request) => subjectAttributeOf(request.promise) === null,
      );
      loaded.set(null, await loadByCustomer(tx, orgId, list, customerTypes(forCustomers)));
    }
  }
  const byPromise = new Map<string, TBySubject>();
  for (const request of requests) {
    const source = loaded.get(subjectAttributeOf(request.promise)) ?? new Map();
    const mine: TBySubject = new Map();
    for (const key of request.subjectKeys) mine.set(key, source.get(key) ?? []);
    byPromise.set(request.promise.id, mine);
  }
  return byPromise;
}
