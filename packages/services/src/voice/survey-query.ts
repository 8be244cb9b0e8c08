import type { TSurvey } from '@customeric/contracts';
import { schema, type TTransaction } from '@customeric/db';
import { FIXED_SCALES, type TSurveyKind, type TSurveyStatus } from '@customeric/domain';
import { and, eq, type SQL, sql } from 'drizzle-orm';
import { AppError } from '../common/app-error.ts';

export type TSurveyRow = typeof schema.surveys.$inferSelect;

interface TSurveyListRow extends TSurveyRow {
  departmentName: string | null;
  valueChainName: string | null;
  stageName: string | null;
  invitationCount: number;
  answerCount: number;
  lastAnsweredAt: Date | string | null;
}

/** The labels at the ends of the scale: the survey's own, or those of its kind. */
export function labelsOf(row: Pick<TSurveyRow, 'kind' | 'lowLabel' | 'highLabel'>) {
  const fixed =
    row.kind === 'custom' ? null : FIXED_SCALES[row.kind as Exclude<TSurveyKind, 'custom'>];
  return {
    lowLabel: row.lowLabel ?? fixed?.lowLabel ?? 'Lowest',
    highLabel: row.highLabel ?? fixed?.highLabel ?? 'Highest',
  };
}

function toSurvey(row: TSurveyListRow): TSurvey {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind as TSurveyKind,
    question: row.question,
    commentPrompt: row.commentPrompt,
    scale: { min: row.scaleMin, max: row.scaleMax, ...labelsOf(row) },
    questions: row.questions,
    language: row.language,
    touchpointType: row.touchpointType,
    departmentId: row.departmentId,
    departmentName: row.departmentName,
    valueChainId: row.valueChainId,
    valueChainName: row.valueChainName,
    stageId: row.stageId,
    stageName: row.stageName,
    status: row.status as TSurveyStatus,
    recontactDays: row.recontactDays,
    thankYouMessage: row.thankYouMessage,
    invitationCount: Number(row.invitationCount),
    answerCount: Number(row.answerCount),
    lastAnsweredAt: row.lastAnsweredAt ? new Date(row.lastAnsweredAt).toISOString() : null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** Surveys with the names of where they sit and their counts, in one query. */
export async function selectSurveys(tx: TTransaction, where: SQL | undefined, limit: number) {
  const s = schema.surveys;
  const rows = await tx
    .select({
      survey: s,
      departmentName: schema.departments.name,
      valueChainName: schema.valueChains.name,
      stageName: schema.valueChainStages.name,
      invitationCount: sql<number>`(SELECT count(*) FROM survey_invitations i
        WHERE i.org_id = ${s.orgId} AND i.survey_id = ${s.id})`,
      answerCount: sql<number>`(SELECT count(*) FROM survey_answers a
        WHERE a.org_id = ${s.orgId} AND a.survey_id = ${s.id})`,
      lastAnsweredAt: sql<string | null>`(SELECT max(answered_at) FROM survey_answers a
        WHERE a.org_id = ${s.orgId} AND a.survey_id = ${s.id})`,
    })
    .from(s)
    .leftJoin(
      schema.departments,
      and(eq(schema.departments.orgId, s.orgId), eq(schema.departments.id, s.departmentId)),
    )
    .leftJoin(
      schema.valueChains,
      and(eq(schema.valueChains.orgId, s.orgId), eq(schema.valueChains.id, s.valueChainId)),
    )
    .leftJoin(
      schema.valueChainStages,
      and(eq(schema.valueChainStages.orgId, s.orgId), eq(schema.valueChainStages.id, s.stageId)),
    )
    .where(where)
    .orderBy(sql`${s.id} DESC`)
    .limit(limit);
  return rows.map((row) =>
    toSurvey({
      ...row.survey,
      departmentName: row.departmentName,
      valueChainName: row.valueChainName,
      stageName: row.stageName,
      invitationCount: row.invitationCount,
      answerCount: row.answerCount,
      lastAnsweredAt: row.lastAnsweredAt,
    }),
  );
}

export async function getSurveyInTransaction(tx: TTransaction, surveyId: string): Promise<TSurvey> {
  const [survey] = await selectSurveys(tx, eq(schema.surveys.id, surveyId), 1);
  if (!survey) throw new AppError('not_found', { detail: `There is no survey ${surveyId}.` });
  return survey;
}

/** The survey's row, locked against changes by others until the transaction ends. */
export async function lockSurveyRow(tx: TTransaction, surveyId: string): Promise<TSurveyRow> {
  const [row] = await tx
    .select()
    .from(schema.surveys)
    .where(eq(schema.surveys.id, surveyId))
    .for('update');
  if (!row) throw new AppError('not_found', { detail: `There is no survey ${surveyId}.` });
  return row;
}

export async function findSurveyRow(tx: TTransaction, surveyId: string): Promise<TSurveyRow> {
  const [row] = await tx.select().from(schema.surveys).where(eq(schema.surveys.id, surveyId));
  if (!row) throw new AppError('not_found', { detail: `There is no survey ${surveyId}.` });
  return row;
}
