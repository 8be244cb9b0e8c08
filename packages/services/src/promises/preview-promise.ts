import type {
  TPreviewExample,
  TPromisePreview,
  TPromisePreviewRequest,
} from '@customeric/contracts';
import { type TTransaction, withTenant } from '@customeric/db';
import {
  evaluatePromise,
  type TBusinessCalendar,
  type TPromiseOutcome,
  type TPromiseRule,
} from '@customeric/domain';
import { sql } from 'drizzle-orm';
import { AppError } from '../common/app-error.ts';
import type { TServiceContext } from '../common/context.ts';
import { textArray } from '../common/sql-arrays.ts';
import { OFFICE_HOURS } from './calendars/ensure-default-calendar.ts';
import {
  relevantTypeCondition,
  STORED_EVENT_COLUMNS,
  type TStoredEvent,
  type TStoredEventRow,
  toStoredEvent,
} from './evaluation/stored-events.ts';
import { rateOf } from './promise-query.ts';

const DAY = 86_400_000;
const EXAMPLES = 5;

/** The calendar named, else the default one, else office hours in UTC (nothing is written). */
async function previewCalendar(
  tx: TTransaction,
  calendarId: string | null,
): Promise<TBusinessCalendar> {
  const result = await tx.execute<{
    time_zone: string;
    week: TBusinessCalendar['week'];
    holidays: string[];
  }>(sql`
    SELECT time_zone, week, holidays::text[] AS holidays FROM business_calendars
    WHERE ${calendarId ? sql`id = ${calendarId}` : sql`is_default`} LIMIT 1`);
  const row = result.rows[0];
  if (!row && calendarId)
    throw new AppError('validation_failed', {
      detail: `There is no business calendar ${calendarId}.`,
      errors: [{ pointer: '/calendarId', message: 'is not a business calendar' }],
    });
  return row
    ? { timeZone: row.time_zone, week: row.week, holidays: row.holidays }
    : { timeZone: 'UTC', week: OFFICE_HOURS as TBusinessCalendar['week'], holidays: [] };
}

function evaluate(
  rule: TPromiseRule,
  events: TStoredEvent[],
  now: Date,
  calendar: TBusinessCalendar,
) {
  try {
    return evaluatePromise(rule, events, { now, calendar });
  } catch (error) {
    throw new AppError('validation_failed', {
      detail: `This rule cannot be evaluated: ${(error as Error).message}.`,
      errors: [{ pointer: '/rule', message: (error as Error).message }],
    });
  }
}

function pickExamples(outcomes: TPromiseOutcome[], status: TPromiseOutcome['status']) {
  return outcomes
    .filter((outcome) => outcome.status === status)
    .slice(-EXAMPLES)
    .reverse();
}

async function describeExamples(
  tx: TTransaction,
  chosen: TPromiseOutcome[],
  events: Map<string, TStoredEvent>,
): Promise<TPreviewExample[]> {
  const ids = [...new Set(chosen.map((outcome) => outcome.customerId))];
  const names = await tx.execute<{ id: string; name: string }>(sql`
    SELECT id, name FROM customers WHERE id = ANY(${textArray(ids)})`);
  const nameOf = new Map(names.rows.map((row) => [row.id, row.name]));
  return chosen.map((outcome) => ({
    customerId: outcome.customerId,
    customerName: nameOf.get(outcome.customerId) ?? outcome.customerId,
    subjectKey: outcome.subjectKey,
    reason: outcome.reason,
    dueAt: outcome.dueAt?.toISOString() ?? null,
    resolvedAt: outcome.resolvedAt?.toISOString() ?? null,
    events: outcome.evidenceEventIds
      .map((id) => events.get(id))
      .filter((event): event is TStoredEvent => event !== undefined)
      .sort((a, b) => a.occurredAt.getTime() - b.occurredAt.getTime())
      .map((event) => ({
        id: event.id,
        type: event.type,
        occurredAt: event.occurredAt.toISOString(),
      })),
  }));
}

/**
 * What a draft rule would have said over the last `days` days, without storing anything:
 * kept / broken / open counts and a few examples of each (the latest), for the editor.
 */
export async function previewPromise(
  context: TServiceContext,
  input: TPromisePreviewRequest,
  now: Date = new Date(),
): Promise<TPromisePreview> {
  const started = performance.now();
  const from = new Date(now.getTime() - input.days * DAY);
  const rule = input.rule as TPromiseRule;
  return withTenant(context.database, context.actor.orgId, async (tx) => {
    const calendar = await previewCalendar(tx, input.calendarId);
    const types = relevantTypeCondition(rule);
    const rows = await tx.execute<TStoredEventRow>(sql`
      SELECT ${STORED_EVENT_COLUMNS} FROM events e
      WHERE e.org_id = ${context.actor.orgId} AND e.occurred_at >= ${from.toISOString()}::timestamptz
        AND e.occurred_at <= ${now.toISOString()}::timestamptz ${types ? sql`AND ${types}` : sql``}`);
    const events = rows.rows.map(toStoredEvent);
    const byId = new Map(events.map((event) => [event.id, event]));
    const startOf = (outcome: TPromiseOutcome) =>
      byId.get(outcome.startEventId)?.occurredAt.getTime() ?? 0;
    const outcomes = evaluate(rule, events, now, calendar).sort((a, b) => startOf(a) - startOf(b));
    const count = (status: TPromiseOutcome['status']) =>
      outcomes.filter((outcome) => outcome.status === status).length;
    const [kept, broken, open] = [count('kept'), count('broken'), count('open')];
    return {
      from: from.toISOString(),
      to: now.toISOString(),
      eventsScanned: events.length,
      subjects: new Set(outcomes.map((outcome) => outcome.subjectKey)).size,
      kept,
      broken,
      open,
      rate: rateOf(kept, broken),
      examples: {
        kept: await describeExamples(tx, pickExamples(outcomes, 'kept'), byId),
        broken: await describeExamples(tx, pickExamples(outcomes, 'broken'), byId),
        open: await describeExamples(tx, pickExamples(outcomes, 'open'), byId),
      },
      tookMs: Math.round(performance.now() - started),
    };
  });
}
