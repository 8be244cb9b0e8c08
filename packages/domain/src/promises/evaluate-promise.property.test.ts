import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluatePromise } from './evaluate-promise.ts';
import { relevantEventTypes } from './event-matcher.ts';
import type { TPromiseEvent, TPromiseOutcome, TPromiseRule } from './promise-rule.ts';
import { BERLIN } from './test-events.ts';

const RULES: TPromiseRule[] = [
  {
    kind: 'within',
    start: { type: 'complaint.received' },
    end: { type: 'support.*' },
    subject: { kind: 'customer' },
    duration: { amount: 4, unit: 'business_hours' },
  },
  {
    kind: 'within',
    start: { type: 'complaint.*' },
    end: { type: 'complaint.*' },
    subject: { kind: 'customer' },
    duration: { amount: 1, unit: 'business_days' },
  },
  {
    kind: 'by_time',
    start: { type: 'delivery.promised' },
    end: { type: 'delivery.completed' },
    subject: { kind: 'attribute', attribute: 'orderId' },
    deadlineAttribute: 'promisedBy',
  },
  {
    kind: 'match',
    start: { type: 'order.placed' },
    end: { type: 'invoice.issued' },
    subject: { kind: 'attribute', attribute: 'orderId' },
    startValue: 'amount',
    endValue: 'amount',
    tolerance: { absolute: 0.5 },
    duration: { amount: 2, unit: 'days' },
  },
  {
    kind: 'never',
    scope: { type: 'invoice.*' },
    event: { type: 'invoice.corrected' },
    subject: { kind: 'customer' },
    duration: { amount: 3, unit: 'business_days' },
  },
  {
    kind: 'at_most',
    scope: { type: 'case.opened' },
    event: { type: 'case.passed_on', where: [{ attribute: 'amount', op: 'neq', value: 130 }] },
    subject: { kind: 'attribute', attribute: 'orderId' },
    max: 1,
  },
];

/** Each rule's own event types (the second twice as likely) and one that concerns none: dense enough to keep, break and leave open. */
function typesOf(rule: TPromiseRule): string[] {
  const [first, second] = relevantEventTypes(rule).map((matcher) => matcher.type.replace('*', 'x'));
  return [first ?? 'a.b', second ?? 'c.d', second ?? 'c.d', 'noise.event'];
}

/** Quarter hours over five days from Thursday 2026-03-26, across the Berlin spring DST change. */
const BASE = Date.parse('2026-03-26T00:00:00Z');
const DAYS = 5;
const QUARTER = 15 * 60_000;

const eventShape = (types: string[]) =>
  fc.record({
    type: fc.constantFrom(...types),
    quarter: fc.integer({ min: 0, max: DAYS * 24 * 4 }),
    customerId: fc.constantFrom('cus_1', 'cus_2'),
    orderId: fc.option(fc.constantFrom('ord_1', 'ord_2'), { nil: undefined }),
    amount: fc.option(fc.constantFrom(100, 100.4, 130), { nil: null }),
    promisedDays: fc.integer({ min: 0, max: 3 }),
  });

const eventsFor = (rule: TPromiseRule) =>
  fc.array(eventShape(typesOf(rule)), { maxLength: 40 }).map((shapes) =>
    shapes.map((shape, index): TPromiseEvent => {
      const occurredAt = new Date(BASE + shape.quarter * QUARTER);
      const promisedBy = new Date(occurredAt.getTime() + shape.promisedDays * 86_400_000)
        .toISOString()
        .slice(0, 10);
      return {
        id: `evt_${String(index).padStart(3, '0')}`,
        customerId: shape.customerId,
        type: shape.type,
        occurredAt,
        amount: shape.amount,
        attributes: shape.orderId ? { orderId: shape.orderId, promisedBy } : { promisedBy },
      };
    }),
  );

const scenario = fc
  .constantFrom(...RULES)
  .chain((rule) =>
    fc.record({
      rule: fc.constant(rule),
      events: eventsFor(rule),
      nowQuarter: fc.integer({ min: 0, max: (DAYS + 3) * 24 * 4 }),
    }),
  )
  .chain((base) =>
    fc.record({
      rule: fc.constant(base.rule),
      events: fc.constant(base.events),
      shuffled: fc.shuffledSubarray(base.events, {
        minLength: base.events.length,
        maxLength: base.events.length,
      }),
      now: fc.constant(new Date(BASE + base.nowQuarter * QUARTER)),
    }),
  );

function sorted(outcomes: TPromiseOutcome[]): TPromiseOutcome[] {
  return [...outcomes].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

describe('evaluatePromise is a function of the set of events', () => {
  it('gives the same outcomes whatever the order of the events', () => {
    fc.assert(
      fc.property(scenario, ({ rule, events, shuffled, now }) => {
        const context = { now, calendar: BERLIN };
        expect(sorted(evaluatePromise(rule, shuffled, context))).toEqual(
          sorted(evaluatePromise(rule, events, context)),
        );
      }),
    );
  });

  it('gives the same outcomes when every event comes twice', () => {
    fc.assert(
      fc.property(scenario, ({ rule, events, shuffled, now }) => {
        const context = { now, calendar: BERLIN };
        const twice = [...shuffled, ...events.map((event) => ({ ...event }))];
        expect(sorted(evaluatePromise(rule, twice, context))).toEqual(
          sorted(evaluatePromise(rule, events, context)),
        );
      }),
    );
  });

  it('gives each outcome its own key, grounds every broken one in evidence, opens only before the deadline', () => {
    fc.assert(
      fc.property(scenario, ({ rule, events, now }) => {
        const outcomes = evaluatePromise(rule, events, { now, calendar: BERLIN });
        const ids = new Set(events.map((event) => event.id));
        expect(new Set(outcomes.map((outcome) => outcome.key)).size).toBe(outcomes.length);
        for (const outcome of outcomes) {
          expect(outcome.evidenceEventIds.every((id) => ids.has(id))).toBe(true);
          expect(outcome.evidenceEventIds[0]).toBe(outcome.startEventId);
          if (outcome.status === 'broken')
            expect(outcome.evidenceEventIds.length).toBeGreaterThanOrEqual(1);
          if (outcome.status === 'broken') expect(outcome.resolvedAt).not.toBeNull();
          if (outcome.status === 'open')
            expect(outcome.dueAt === null || outcome.dueAt >= now).toBe(true);
          expect(outcome.reason.length).toBeGreaterThan(0);
        }
      }),
    );
  });
});
