import type { TPromiseOutcome } from '@customeric/domain';
import type { TEvaluationPromise } from './evaluation-promises.ts';
import { rowIdOf, type TStoredEvent } from './stored-events.ts';

/** A promise_outcomes row as the evaluation writes and compares it (ids as bigint text). */
export interface TOutcomeRow {
  promiseId: string;
  key: string;
  subjectKey: string;
  customerId: string;
  status: 'open' | 'kept' | 'broken';
  startEventId: string;
  endEventId: string | null;
  startedAt: string;
  dueAt: string | null;
  resolvedAt: string | null;
  evidence: string[];
  reason: string;
  departmentId: string | null;
  valueChainId: string | null;
  stageId: string | null;
  startStageId: string | null;
  segment: string | null;
  version: number;
}

const iso = (value: Date | null) => (value ? value.toISOString() : null);

/**
 * The row of an engine outcome: department, value chain and stage come from the promise
 * when it names them, else from the event that opened the chance.
 */
export function toOutcomeRow(
  promise: TEvaluationPromise,
  outcome: TPromiseOutcome,
  start: TStoredEvent,
  segment: string | null,
): TOutcomeRow {
  return {
    promiseId: promise.id,
    key: outcome.key,
    subjectKey: outcome.subjectKey,
    customerId: outcome.customerId,
    status: outcome.status,
    startEventId: rowIdOf(outcome.startEventId),
    endEventId: outcome.endEventId ? rowIdOf(outcome.endEventId) : null,
    startedAt: start.occurredAt.toISOString(),
    dueAt: iso(outcome.dueAt),
    resolvedAt: iso(outcome.resolvedAt),
    evidence: outcome.evidenceEventIds.map(rowIdOf),
    reason: outcome.reason,
    departmentId: promise.ownerDepartmentId ?? start.departmentId,
    valueChainId: promise.valueChainId ?? start.valueChainId,
    stageId: promise.stageId ?? start.stageId,
    startStageId: start.stageId,
    segment,
    version: promise.version,
  };
}

/** Whether what a person sees of the outcome changed (snapshots stay as first taken). */
export function outcomeChanged(before: TOutcomeRow, after: TOutcomeRow): boolean {
  return (
    before.status !== after.status ||
    before.endEventId !== after.endEventId ||
    before.dueAt !== after.dueAt ||
    before.resolvedAt !== after.resolvedAt ||
    before.reason !== after.reason ||
    before.startedAt !== after.startedAt ||
    before.evidence.join(',') !== after.evidence.join(',')
  );
}
