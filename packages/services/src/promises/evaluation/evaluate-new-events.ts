import type { TTransaction } from '@customeric/db';
import { evaluateSubjectSets, type TSubjectRequest } from './evaluate-subjects.ts';
import { activePromises } from './evaluation-promises.ts';
import type { TStoredEvent } from './stored-events.ts';
import {
  fileEvents,
  groupRelevantEvents,
  indexSubjectEvents,
  subjectAttributeOf,
} from './subject-index.ts';

export type TEvaluationLog = (message: string, fields?: Record<string, unknown>) => void;

/**
 * Brings every active promise up to date with newly stored events: the events each promise
 * can read are filed under their subjects, then just those subjects are evaluated again from
 * all their events — a few statements for the whole batch and all promises, never one per
 * event. A promise the engine refuses is logged and skipped; the others go on. A promise
 * whose history is being replayed only files the events (the replay evaluates them).
 */
export async function evaluateNewEvents(
  tx: TTransaction,
  orgId: string,
  events: readonly TStoredEvent[],
  options: { now: Date; log: TEvaluationLog },
) {
  if (events.length === 0) return { subjects: 0, written: 0, broken: 0, withdrawn: 0 };
  const filed = new Map<string, Map<string, TStoredEvent[]>>();
  const requests: TSubjectRequest[] = [];
  for (const promise of await activePromises(tx)) {
    const bySubject = groupRelevantEvents(promise, events);
    if (bySubject.size === 0) continue;
    const attribute = subjectAttributeOf(promise);
    if (attribute !== null) fileEvents(filed, attribute, bySubject);
    if (!promise.indexing) requests.push({ promise, subjectKeys: [...bySubject.keys()] });
  }
  await indexSubjectEvents(tx, orgId, filed);
  const done = await evaluateSubjectSets(tx, orgId, requests, {
    now: options.now,
    announce: true,
    stamp: false,
    segments: new Map(),
  });
  for (const failure of done.failures)
    options.log(failure.message, { orgId, promiseId: failure.promiseId });
  const subjects = requests.reduce((sum, request) => sum + request.subjectKeys.length, 0);
  return { subjects, written: done.written, broken: done.broken, withdrawn: done.withdrawn };
}
