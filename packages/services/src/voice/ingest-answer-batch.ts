import type { TAnswerBatchResult, TAnswerResult } from '@customeric/contracts';
import { type TTransaction, withTenant } from '@customeric/db';
import { parseAnswer } from '@customeric/domain';
import type { TActor, TServiceContext } from '../common/context.ts';
import { storeAnswers, type TAnswerCandidate } from './answer-store.ts';
import { loadCompiledThemes } from './answer-theming.ts';
import { findSurveyRow } from './survey-query.ts';

/** Answers sent by API (JSON), in the caller's transaction (which may hold an idempotency record). */
export async function ingestAnswerBatchIn(
  tx: TTransaction,
  actor: TActor,
  surveyId: string,
  raws: readonly unknown[],
  now: Date = new Date(),
): Promise<TAnswerBatchResult> {
  const survey = await findSurveyRow(tx, surveyId);
  const scale = { min: survey.scaleMin, max: survey.scaleMax };
  const results: TAnswerResult[] = [];
  const candidates: TAnswerCandidate[] = [];
  raws.forEach((raw, index) => {
    const parsed = parseAnswer(raw, { scale, now, defaultSource: 'api' });
    if (parsed.ok) candidates.push({ index, answer: parsed.answer });
    else results.push({ index, status: 'rejected', problems: parsed.problems });
  });
  const themes = await loadCompiledThemes(tx);
  const stored = await storeAnswers(tx, actor.orgId, survey, candidates, {
    via: 'api',
    customerSource: null,
    themes,
  });
  results.push(...stored);
  results.sort((a, b) => a.index - b.index);
  const count = (status: TAnswerResult['status']) =>
    results.filter((result) => result.status === status).length;
  return {
    accepted: count('accepted'),
    duplicate: count('duplicate'),
    rejected: count('rejected'),
    results,
  };
}

export function ingestAnswerBatch(
  context: TServiceContext,
  surveyId: string,
  raws: readonly unknown[],
): Promise<TAnswerBatchResult> {
  return withTenant(context.database, context.actor.orgId, (tx) =>
    ingestAnswerBatchIn(tx, context.actor, surveyId, raws),
  );
}
