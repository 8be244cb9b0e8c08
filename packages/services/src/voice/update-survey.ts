import type { TSurvey, TUpdateSurveyRequest } from '@customeric/contracts';
import { schema, type TTransaction, withTenant } from '@customeric/db';
import type { TSurveyKind } from '@customeric/domain';
import { eq, sql } from 'drizzle-orm';
import { recordAudit } from '../access/record-audit.ts';
import { AppError } from '../common/app-error.ts';
import type { TServiceContext } from '../common/context.ts';
import { assertPlacement, explainNameTaken, scaleFor } from './survey-guards.ts';
import { getSurveyInTransaction, lockSurveyRow, type TSurveyRow } from './survey-query.ts';

async function countOf(
  tx: TTransaction,
  table: 'survey_answers' | 'survey_invitations',
  surveyId: string,
) {
  const result = await tx.execute<{ n: number }>(
    sql`SELECT count(*)::int AS n FROM ${sql.raw(table)} WHERE survey_id = ${surveyId}`,
  );
  return result.rows[0]?.n ?? 0;
}

/** Answers keep the kind and scale they were given on; a survey with answers cannot change them. */
async function assertChangeAllowed(
  tx: TTransaction,
  row: TSurveyRow,
  request: TUpdateSurveyRequest,
) {
  const rescaled =
    (request.kind !== undefined && request.kind !== row.kind) ||
    (request.scaleMin !== undefined && request.scaleMin !== row.scaleMin) ||
    (request.scaleMax !== undefined && request.scaleMax !== row.scaleMax);
  if (rescaled && (await countOf(tx, 'survey_answers', row.id)) > 0)
    throw new AppError('conflict', {
      detail:
        'This survey has answers: its kind and scale can no longer change. Create a new survey instead.',
      errors: [{ pointer: '/kind', message: 'cannot change once there are answers' }],
    });
  if (
    request.status === 'draft' &&
    row.status !== 'draft' &&
    (await countOf(tx, 'survey_invitations', row.id)) > 0
  )
    throw new AppError('conflict', {
      detail:
        'Customers were invited to this survey: it can be closed, not turned back into a draft.',
      errors: [{ pointer: '/status', message: 'cannot go back to draft after invitations' }],
    });
}

export async function updateSurvey(
  context: TServiceContext,
  surveyId: string,
  request: TUpdateSurveyRequest,
): Promise<TSurvey> {
  const { actor } = context;
  return withTenant(context.database, actor.orgId, async (tx) => {
    const row = await lockSurveyRow(tx, surveyId);
    await assertChangeAllowed(tx, row, request);
    const valueChainId =
      request.valueChainId !== undefined ? request.valueChainId : row.valueChainId;
    const stageId = request.stageId !== undefined ? request.stageId : row.stageId;
    if (
      request.valueChainId !== undefined &&
      request.stageId === undefined &&
      stageId &&
      valueChainId !== row.valueChainId
    )
      throw new AppError('validation_failed', {
        detail:
          'The stage belongs to the value chain being replaced: choose a stage of the new chain, or none.',
        errors: [{ pointer: '/stageId', message: 'is not a stage of the chosen value chain' }],
      });
    await assertPlacement(tx, {
      departmentId: request.departmentId ?? null,
      valueChainId:
        request.valueChainId !== undefined || request.stageId !== undefined ? valueChainId : null,
      stageId: request.valueChainId !== undefined || request.stageId !== undefined ? stageId : null,
    });
    const kind = (request.kind ?? row.kind) as TSurveyKind;
    const { scaleMin, scaleMax, ...fields } = request;
    const scale = scaleFor(kind, {
      scaleMin: scaleMin ?? row.scaleMin,
      scaleMax: scaleMax ?? row.scaleMax,
    });
    await tx
      .update(schema.surveys)
      .set({ ...fields, ...scale, updatedAt: new Date() })
      .where(eq(schema.surveys.id, surveyId))
      .catch(explainNameTaken('survey', request.name ?? row.name));
    await recordAudit(tx, actor, {
      action: 'survey.updated',
      subjectType: 'survey',
      subjectId: surveyId,
      changes: Object.fromEntries(
        Object.keys(request).map((key) => [key, (request as Record<string, unknown>)[key]]),
      ),
    });
    return getSurveyInTransaction(tx, surveyId);
  });
}

/** Only a draft nobody was invited to and nobody answered can go; others are closed instead. */
export async function deleteSurvey(context: TServiceContext, surveyId: string): Promise<void> {
  const { actor } = context;
  await withTenant(context.database, actor.orgId, async (tx) => {
    const row = await lockSurveyRow(tx, surveyId);
    const used =
      (await countOf(tx, 'survey_invitations', surveyId)) +
      (await countOf(tx, 'survey_answers', surveyId));
    if (row.status !== 'draft' || used > 0)
      throw new AppError('conflict', {
        detail:
          'Only a draft without invitations or answers can be deleted; close this survey instead.',
      });
    await tx.delete(schema.surveys).where(eq(schema.surveys.id, surveyId));
    await recordAudit(tx, actor, {
      action: 'survey.deleted',
      subjectType: 'survey',
      subjectId: surveyId,
      changes: { name: row.name },
    });
  });
}
