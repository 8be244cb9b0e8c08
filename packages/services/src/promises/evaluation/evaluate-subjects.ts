import type { TTransaction } from '@customeric/db';
import { evaluateSubject, type TPromiseOutcome } from '@customeric/domain';
import { recordBreaches, withdrawBreaches } from './breach-store.ts';
import { findBreachTransitions, type TOutcomeChange } from './breach-transitions.ts';
import { loadSegments, type TSegmentCache } from './customer-segments.ts';
import type { TEvaluationPromise } from './evaluation-promises.ts';
import { outcomeChanged, type TOutcomeRow, toOutcomeRow } from './outcome-rows.ts';
import { deleteOutcomes, loadOutcomeRows, stampOutcomes, upsertOutcomes } from './outcome-store.ts';
import { loadSubjectEvents, rowIdOf, type TStoredEvent } from './stored-events.ts';

export interface TEvaluationOptions {
  now: Date;
  /** Publish new breaches as webhooks (live evaluation); a replay of history does not. */
  announce: boolean;
  /** Mark unchanged outcomes with the promise's version (a re-evaluation does). */
  stamp: boolean;
  segments: TSegmentCache;
}

export interface TSubjectsResult {
  outcomes: number;
  written: number;
  broken: number;
  withdrawn: number;
}

/** The engine refused to evaluate a promise (a business duration without working hours…). */
export class PromiseRuleFailure extends Error {
  /** What the engine said, for a person: "A duration in business hours needs a business calendar". */
  readonly reason: string;

  constructor(
    readonly promiseId: string,
    cause: unknown,
  ) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    super(`Promise ${promiseId} could not be evaluated: ${reason}`);
    this.name = 'PromiseRuleFailure';
    this.reason = reason;
  }
}

function computeOutcomes(
  promise: TEvaluationPromise,
  bySubject: Map<string, TStoredEvent[]>,
  now: Date,
): TPromiseOutcome[] {
  const outcomes: TPromiseOutcome[] = [];
  const context = { now, calendar: promise.calendar };
  try {
    for (const events of bySubject.values())
      outcomes.push(...evaluateSubject(promise.rule, events, context));
  } catch (error) {
    throw new PromiseRuleFailure(promise.id, error);
  }
  return outcomes;
}

interface TPlan {
  upserts: TOutcomeRow[];
  stamps: string[];
  deletes: string[];
  changes: TOutcomeChange[];
}

function planWrites(
  promise: TEvaluationPromise,
  computed: TPromiseOutcome[],
  existing: Map<string, TOutcomeRow>,
  eventOf: (rowId: string) => TStoredEvent | undefined,
  options: TEvaluationOptions,
): TPlan {
  const plan: TPlan = { upserts: [], stamps: [], deletes: [], changes: [] };
  const seen = new Set<string>();
  for (const outcome of computed) {
    const start = eventOf(rowIdOf(outcome.startEventId));
    if (!start || seen.has(outcome.key)) continue;
    seen.add(outcome.key);
    const before = existing.get(outcome.key);
    const segment = before ? before.segment : (options.segments.get(outcome.customerId) ?? null);
    const after = toOutcomeRow(promise, outcome, start, segment);
    if (!before || outcomeChanged(before, after)) {
      plan.upserts.push(after);
      plan.changes.push({ before, after });
    } else if (options.stamp && before.version !== promise.version) plan.stamps.push(after.key);
  }
  for (const [key, before] of existing) {
    if (seen.has(key)) continue;
    plan.deletes.push(key);
    plan.changes.push({ before, after: undefined });
  }
  return plan;
}

/**
 * Evaluates these subjects of one promise from all their indexed events, and writes what
 * changed: outcomes inserted, updated or removed, breaches recorded for newly broken ones
 * and withdrawn (with the reason) for those no longer broken. The engine runs before any
 * write, so a rule the engine refuses leaves nothing half-written.
 */
export async function evaluateSubjects(
  tx: TTransaction,
  orgId: string,
  promise: TEvaluationPromise,
  subjectKeys: readonly string[],
  options: TEvaluationOptions,
): Promise<TSubjectsResult> {
  const result: TSubjectsResult = { outcomes: 0, written: 0, broken: 0, withdrawn: 0 };
  if (subjectKeys.length === 0) return result;
  const bySubject = await loadSubjectEvents(tx, promise.id, subjectKeys);
  const computed = computeOutcomes(promise, bySubject, options.now);
  const existing = await loadOutcomeRows(tx, promise.id, subjectKeys);
  const events = new Map<string, TStoredEvent>();
  for (const list of bySubject.values()) for (const event of list) events.set(event.rowId, event);
  const fresh = computed.filter((outcome) => !existing.has(outcome.key));
  await loadSegments(
    tx,
    options.segments,
    fresh.map((outcome) => outcome.customerId),
  );
  const plan = planWrites(promise, computed, existing, (id) => events.get(id), options);
  await upsertOutcomes(tx, orgId, promise.id, plan.upserts);
  await stampOutcomes(tx, promise.id, plan.stamps, promise.version);
  await deleteOutcomes(tx, promise.id, plan.deletes);
  const transitions = findBreachTransitions(plan.changes, promise.version, (id) => events.get(id));
  await recordBreaches(tx, orgId, promise, transitions.broken, options);
  await withdrawBreaches(tx, orgId, promise.id, transitions.withdrawn, options);
  return {
    outcomes: computed.length,
    written: plan.upserts.length + plan.deletes.length,
    broken: transitions.broken.length,
    withdrawn: transitions.withdrawn.length,
  };
}
