import { evaluatePromise, type TPromiseEvent } from '@customeric/domain';
import { BENCH_CALENDAR, BENCH_RULES, generateEvent } from './generate.ts';

/**
 * The engine alone: 20 promises evaluated over `count` events in memory (each promise reads
 * the whole set; the engine picks its own). Events per second = count / time for all 20.
 */
export function measureEngine(count: number, customerIds: readonly string[]) {
  const events: TPromiseEvent[] = [];
  for (let index = 0; index < count; index++) {
    const event = generateEvent(customerIds, index);
    events.push({
      id: `evt_${index + 1}`,
      customerId: event.customer,
      type: event.type,
      occurredAt: new Date(event.occurredAt),
      amount: event.amount,
      attributes: event.attributes,
    });
  }
  const now = new Date(Date.parse(events.at(-1)?.occurredAt.toISOString() ?? '') + 86_400_000);
  const context = { now, calendar: BENCH_CALENDAR };
  let outcomes = 0;
  const started = performance.now();
  for (const rule of BENCH_RULES) outcomes += evaluatePromise(rule, events, context).length;
  const seconds = (performance.now() - started) / 1000;
  return { seconds, outcomes, eventsPerSecond: count / seconds };
}
