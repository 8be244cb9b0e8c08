import type { TTransaction } from '@customeric/db';
import type { TSegmentCache } from './customer-segments.ts';
import { evaluateSubjects, PromiseRuleFailure } from './evaluate-subjects.ts';
import { activePromises } from './evaluation-promises.ts';
import type { TStoredEvent } from './stored-events.ts';
import { groupRelevantEvents, indexSubjectEvents } from './subject-index.ts';

export type TEvaluationLog = (message: string, fields?: Record<string, unknown>) => void;

export interface TNewEventsResult {
  promises: number;
  subjects: number;
  written: number;
  broken: number;
  withdrawn: number;
}

/**
 * Brings every active promise up to date with newly stored events: each promise files the
 * events it can read under their subjects, then re-evaluates just those subjects from all
 * their events (a few queries per promise for the whole batch, never one per event). A
 * promise the engine refuses is logged and skipped; the others go on.
 */
export async function evaluateNewEvents(
  tx: TTransaction,
  orgId: string,
  events: readonly TStoredEvent[],
  options: { now: Date; log: TEvaluationLog },
): Promise<TNewEventsResult> {
  const result: TNewEventsResult = {
    promises: 0,
    subjects: 0,
    written: 0,
    broken: 0,
    withdrawn: 0,
  };
  if (events.length === 0) return result;
  const segments: TSegmentCache = new Map();
  for (const promise of await activePromises(tx)) {
    const bySubject = groupRelevantEvents(promise, events);
    if (bySubject.size === 0) continue;
    await indexSubjectEvents(tx, orgId, promise.id, bySubject);
    if (promise.indexing) continue;
    try {
      const done = await evaluateSubjects(tx, orgId, promise, [...bySubject.keys()], {
        now: options.now,
        announce: true,
        stamp: false,
        segments,
      });
      result.promises++;
      result.subjects += bySubject.size;
      result.written += done.written;
      result.broken += done.broken;
      result.withdrawn += done.withdrawn;
    } catch (error) {
      if (!(error instanceof PromiseRuleFailure)) throw error;
      options.log(error.message, { orgId, promiseId: promise.id });
    }
  }
  return result;
}
