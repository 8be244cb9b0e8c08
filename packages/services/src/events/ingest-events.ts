import type { TEventBatchResult, TEventResult } from '@customeric/contracts';
import type { TTransaction } from '@customeric/db';
import { CASE_OPENED_EVENT, parseEvent, type TParsedEvent } from '@customeric/domain';
import { openCasesFromEvents, type TStoredEvent } from '../cases/open-cases-from-events.ts';
import { queueEventsForPromises } from '../promises/queue-events-for-promises.ts';
import { keyOf, loadEventReferences } from './event-references.ts';
import { insertEvents } from './insert-events.ts';
import { placeParsedEvent, type TEventRow } from './place-events.ts';

function countResults(results: TEventResult[]): TEventBatchResult {
  const counts = { accepted: 0, duplicate: 0, rejected: 0 };
  for (const result of results) counts[result.status]++;
  return { ...counts, results };
}

function parseAll(inputs: readonly unknown[], now: Date, results: TEventResult[]) {
  const parsed: { index: number; event: TParsedEvent }[] = [];
  inputs.forEach((input, index) => {
    const outcome = parseEvent(input, now);
    if (outcome.ok) parsed.push({ index, event: outcome.event });
    else results[index] = { index, status: 'rejected', problems: outcome.problems };
  });
  return parsed;
}

/**
 * Validates, places and stores a batch of events inside the caller's transaction. Every
 * event gets its own answer: accepted (with its id), duplicate (its source and external id
 * were stored before, or earlier in this batch) or rejected (with each problem); the good
 * ones are kept whatever happens to the others. A new `case.opened` event opens its case.
 */
export async function ingestEventsInTransaction(
  tx: TTransaction,
  orgId: string,
  inputs: readonly unknown[],
  now: Date = new Date(),
): Promise<TEventBatchResult> {
  const results: TEventResult[] = new Array(inputs.length);
  const parsed = parseAll(inputs, now, results);
  const refs = await loadEventReferences(
    tx,
    parsed.map((entry) => entry.event),
  );
  const rows: TEventRow[] = [];
  const indexes: number[] = [];
  const seen = new Set<string>();
  for (const { index, event } of parsed) {
    const placed = placeParsedEvent(event, refs);
    if (!placed.ok) {
      results[index] = { index, status: 'rejected', problems: placed.problems };
      continue;
    }
    const key = keyOf(event.source, event.externalId);
    if (seen.has(key)) results[index] = { index, status: 'duplicate' };
    else {
      seen.add(key);
      rows.push(placed.row);
      indexes.push(index);
    }
  }
  const inserted = await insertEvents(tx, orgId, rows);
  // The promises see every committed event: noted here, evaluated by a job after commit.
  await queueEventsForPromises(tx, orgId, inserted.values());
  const stored: TStoredEvent[] = [];
  rows.forEach((row, position) => {
    const index = indexes[position] as number;
    const id = inserted.get(keyOf(row.source, row.external_id));
    results[index] = id
      ? { index, status: 'accepted', id: `evt_${id}` }
      : { index, status: 'duplicate' };
    if (id && row.type === CASE_OPENED_EVENT) stored.push({ id: `evt_${id}`, row });
  });
  await openCasesFromEvents(tx, orgId, stored);
  return countResults(results);
}
