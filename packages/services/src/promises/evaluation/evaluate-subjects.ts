import type { TTransaction } from '@customeric/db';
import { evaluateSubject, type TPromiseOutcome } from '@customeric/domain';
import { recordBreaches, type TBrokenOutcome, withdrawBreaches } from './breach-store.ts';
import { findBreachTransitions, type TOutcomeChange } from './breach-transitions.ts';
import { loadSegments, type TSegmentCache } from './customer-segments.ts';
import type { TEvaluationPromise } from './evaluation-promises.ts';
import { outcomeChanged, type TOutcomeRow, toOutcomeRow } from './outcome-rows.ts';
import {
  deleteOutcomes,
  insertOutcomes,
  loadOutcomeRows,
  stampOutcomes,
  type TStoredOutcomes,
  updateOutcomes,
} from './outcome-store.ts';
import { rowIdOf, type TStoredEvent } from './stored-events.ts';
import { loadEventsOfSubjects, type TSubjectRequest } from './subject-events.ts';

export type { TSubjectRequest } from './subject-events.ts';

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
  /** Promises the engine refused (a business duration without working hours…), skipped. */
  failures: PromiseRuleFailure[];
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

type TComputed = {
  promise: TEvaluationPromise;
  outcomes: TPromiseOutcome[];
  events: Map<string, TStoredEvent>;
};

function compute(
  promise: TEvaluationPromise,
  bySubject: Map<string, TStoredEvent[]>,
  now: Date,
): TComputed {
  const outcomes: TPromiseOutcome[] = [];
  const events = new Map<string, TStoredEvent>();
  const context = { now, calendar: promise.calendar };
  try {
    for (const list of bySubject.values()) {
      for (const event of list) events.set(event.rowId, event);
      outcomes.push(...evaluateSubject(promise.rule, list, context));
    }
  } catch (error) {
    throw new PromiseRuleFailure(promise.id, error);
  }
  return { promise, outcomes, events };
}

interface TPlan {
  inserts: TOutcomeRow[];
  updates: TOutcomeRow[];
  stamps: (TOutcomeRow & { version: number })[];
  deletes: TOutcomeRow[];
  broken: TBrokenOutcome[];
  withdrawn: { promiseId: string; key: string; reason: string; keptLate: boolean }[];
}

function planPromise(
  plan: TPlan,
  { promise, outcomes, events }: TComputed,
  existing: Map<string, TOutcomeRow>,
  options: TEvaluationOptions,
) {
  const changes: TOutcomeChange[] = [];
  const seen = new Set<string>();
  for (const outcome of outcomes) {
    const start = events.get(rowIdOf(outcome.startEventId));
    if (!start || seen.has(outcome.key)) continue;
    seen.add(outcome.key);
    const before = existing.get(outcome.key);
    const segment = before ? before.segment : (options.segments.get(outcome.customerId) ?? null);
    const after = toOutcomeRow(promise, outcome, start, segment);
    if (!before || outcomeChanged(before, after)) {
      (before ? plan.updates : plan.inserts).push(after);
      changes.push({ before, after });
    } else if (options.stamp && before.version !== promise.version) plan.stamps.push(after);
  }
  for (const [key, before] of existing) {
    if (seen.has(key)) continue;
    plan.deletes.push(before);
    changes.push({ before, after: undefined });
  }
  const transitions = findBreachTransitions(changes, promise.version, (id) => events.get(id));
  for (const outcome of transitions.broken) plan.broken.push({ promise, outcome });
  for (const item of transitions.withdrawn) plan.withdrawn.push({ promiseId: promise.id, ...item });
}

async function write(tx: TTransaction, orgId: string, plan: TPlan, options: TEvaluationOptions) {
  await insertOutcomes(tx, orgId, plan.inserts);
  await updateOutcomes(tx, plan.updates);
  await stampOutcomes(tx, plan.stamps);
  await deleteOutcomes(tx, plan.deletes);
  await recordBreaches(tx, orgId, plan.broken, options);
  await withdrawBreaches(tx, orgId, plan.withdrawn, options);
}

/**
 * Evaluates these subjects of these promises from all their stored events and writes what
 * changed: outcomes inserted, updated or removed, breaches recorded for newly broken ones and
 * withdrawn (with the reason) for those no longer broken. A handful of statements for all the
 * promises together, never one per event or per promise. The engine runs before any write; a
 * promise it refuses is reported in `failures` and left as it was.
 */
export async function evaluateSubjectSets(
  tx: TTransaction,
  orgId: string,
  requests: readonly TSubjectRequest[],
  options: TEvaluationOptions,
): Promise<TSubjectsResult> {
  const result: TSubjectsResult = {
    outcomes: 0,
    written: 0,
    broken: 0,
    withdrawn: 0,
    failures: [],
  };
  const wanted = requests.filter((request) => request.subjectKeys.length > 0);
  if (wanted.length === 0) return result;
  const events = await loadEventsOfSubjects(tx, orgId, wanted);
  const computed: TComputed[] = [];
  for (const { promise } of wanted) {
    try {
      computed.push(compute(promise, events.get(promise.id) ?? new Map(), options.now));
    } catch (error) {
      if (!(error instanceof PromiseRuleFailure)) throw error;
      result.failures.push(error);
    }
  }
  const refs = computed.flatMap(({ promise }) =>
    [...(events.get(promise.id)?.keys() ?? [])].map((subjectKey) => ({
      promiseId: promise.id,
      subjectKey,
    })),
  );
  const existing: TStoredOutcomes = await loadOutcomeRows(tx, refs);
  const fresh = computed.flatMap((c) =>
    c.outcomes.filter((o) => !existing.get(c.promise.id)?.has(o.key)),
  );
  await loadSegments(
    tx,
    options.segments,
    fresh.map((outcome) => outcome.customerId),
  );
  const plan: TPlan = {
    inserts: [],
    updates: [],
    stamps: [],
    deletes: [],
    broken: [],
    withdrawn: [],
  };
  for (const item of computed)
    planPromise(plan, item, existing.get(item.promise.id) ?? new Map(), options);
  await write(tx, orgId, plan, options);
  result.outcomes = computed.reduce((sum, item) => sum + item.outcomes.length, 0);
  result.written = plan.inserts.length + plan.updates.length + plan.deletes.length;
  result.broken = plan.broken.length;
  result.withdrawn = plan.withdrawn.length;
  return result;
}
