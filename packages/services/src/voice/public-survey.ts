import type { TPublicAnswerRequest, TPublicSurvey, TSurveyQuestion } from '@customeric/contracts';
import { schema, type TDatabase, type TTransaction, withTenant } from '@customeric/db';
import { checkQuestionAnswers, parseAnswer } from '@customeric/domain';
import { and, eq, isNull, sql } from 'drizzle-orm';
import { AppError } from '../common/app-error.ts';
import { storeAnswers } from './answer-store.ts';
import { loadCompiledThemes } from './answer-theming.ts';
import { parseSurveyToken } from './survey-links.ts';
import { labelsOf, type TSurveyRow } from './survey-query.ts';

const DEFAULT_THANKS = 'Your answer helps us do better.';
const JUST_USED = 'An answer was just given through it and is kept.';
const formatDay = (date: Date) => date.toISOString().slice(0, 10);

function unknownLink(): AppError {
  return new AppError('not_found', {
    detail: 'This survey link is not known. Check that the whole link was copied from the message.',
  });
}

async function loadInvitation(tx: TTransaction, hash: string) {
  const [row] = await tx
    .select({
      invitation: schema.surveyInvitations,
      survey: schema.surveys,
      contactName: schema.contacts.name,
      organizationName: schema.organizations.name,
    })
    .from(schema.surveyInvitations)
    .innerJoin(
      schema.surveys,
      and(
        eq(schema.surveys.orgId, schema.surveyInvitations.orgId),
        eq(schema.surveys.id, schema.surveyInvitations.surveyId),
      ),
    )
    .innerJoin(
      schema.contacts,
      and(
        eq(schema.contacts.orgId, schema.surveyInvitations.orgId),
        eq(schema.contacts.id, schema.surveyInvitations.contactId),
      ),
    )
    .innerJoin(schema.organizations, eq(schema.organizations.orgId, schema.surveyInvitations.orgId))
    .where(eq(schema.surveyInvitations.tokenHash, hash));
  if (!row) throw unknownLink();
  return row;
}

type TLoaded = Awaited<ReturnType<typeof loadInvitation>>;

/** A link answers once, until it expires, while its survey is open. */
function assertOpen({ invitation, survey }: TLoaded, now: Date): void {
  if (invitation.answeredAt)
    throw new AppError('link_used', {
      detail: `An answer was given through it on ${formatDay(invitation.answeredAt)} and is kept. Thank you!`,
    });
  if (invitation.expiresAt.getTime() <= now.getTime())
    throw new AppError('link_expired', {
      detail: `This link expired on ${formatDay(invitation.expiresAt)}.`,
    });
  if (survey.status !== 'active')
    throw new AppError('link_expired', {
      detail: 'This survey is closed and takes no more answers.',
    });
}

function withinTenantOf<T>(
  database: TDatabase,
  token: string,
  work: (tx: TTransaction, hash: string) => Promise<T>,
) {
  const parsed = parseSurveyToken(token);
  if (!parsed) throw unknownLink();
  return withTenant(database, parsed.orgId, (tx) => work(tx, parsed.hash));
}

function toPublicSurvey(loaded: TLoaded): TPublicSurvey {
  const { survey } = loaded;
  return {
    organizationName: loaded.organizationName,
    greetingName: loaded.contactName.split(/\s+/)[0] || null,
    kind: survey.kind as TPublicSurvey['kind'],
    question: survey.question.replaceAll('{organization}', loaded.organizationName),
    commentPrompt: survey.commentPrompt,
    scale: { min: survey.scaleMin, max: survey.scaleMax, ...labelsOf(survey) },
    questions: survey.questions as TSurveyQuestion[],
    language: survey.language,
    expiresAt: loaded.invitation.expiresAt.toISOString(),
  };
}

/** What the answer page shows; the first visit is noted (opened) for the response funnel. */
export async function getPublicSurvey(
  database: TDatabase,
  token: string,
  now = new Date(),
): Promise<TPublicSurvey> {
  return withinTenantOf(database, token, async (tx, hash) => {
    const loaded = await loadInvitation(tx, hash);
    assertOpen(loaded, now);
    if (!loaded.invitation.openedAt)
      await tx
        .update(schema.surveyInvitations)
        .set({ openedAt: now })
        .where(
          and(
            eq(schema.surveyInvitations.id, loaded.invitation.id),
            isNull(schema.surveyInvitations.openedAt),
          ),
        );
    return toPublicSurvey(loaded);
  });
}

function checkAnswer(survey: TSurveyRow, request: TPublicAnswerRequest) {
  const errors = [];
  if (request.score < survey.scaleMin || request.score > survey.scaleMax)
    errors.push({
      pointer: '/score',
      message: `must be from ${survey.scaleMin} to ${survey.scaleMax}`,
    });
  const extra = checkQuestionAnswers(survey.questions, request.answers);
  if (!extra.ok) errors.push(...extra.problems);
  if (errors.length > 0 || !extra.ok)
    throw new AppError('validation_failed', { detail: 'Some answers need another look.', errors });
  return extra.extra;
}

/** The link's answer as any other answer: same checks, same snapshot, themes by rule. */
async function storeLinkAnswer(
  tx: TTransaction,
  { invitation, survey }: TLoaded,
  request: TPublicAnswerRequest,
  extra: Record<string, string | number>,
  now: Date,
) {
  const parsed = parseAnswer(
    {
      externalId: invitation.id,
      customerId: invitation.customerId,
      contactId: invitation.contactId,
      score: request.score,
      comment: request.comment,
      answeredAt: now.toISOString(),
      language: survey.language,
      eventId: invitation.eventId === null ? null : `evt_${invitation.eventId}`,
    },
    { scale: { min: survey.scaleMin, max: survey.scaleMax }, now, defaultSource: 'link' },
  );
  if (!parsed.ok)
    throw new AppError('validation_failed', {
      detail: 'The answer cannot be stored.',
      errors: parsed.problems,
    });
  const [outcome] = await storeAnswers(
    tx,
    invitation.orgId,
    survey,
    [{ index: 0, answer: { ...parsed.answer, extra }, invitationId: invitation.id }],
    { via: 'link', customerSource: null, themes: await loadCompiledThemes(tx) },
  );
  return outcome;
}

/**
 * Stores the one answer of a link. The invitation is marked answered first, under its row
 * lock: a second submission, even at the same moment, finds it answered and is told so.
 */
export async function submitPublicAnswer(
  database: TDatabase,
  token: string,
  request: TPublicAnswerRequest,
  now = new Date(),
): Promise<{ thankYouMessage: string }> {
  return withinTenantOf(database, token, async (tx, hash) => {
    const loaded = await loadInvitation(tx, hash);
    assertOpen(loaded, now);
    const { invitation, survey } = loaded;
    const extra = checkAnswer(survey, request);
    const marked =
      await tx.execute(sql`UPDATE survey_invitations SET answered_at = ${now.toISOString()}::timestamptz
      WHERE id = ${invitation.id} AND answered_at IS NULL`);
    if (marked.rowCount !== 1) throw new AppError('link_used', { detail: JUST_USED });
    const outcome = await storeLinkAnswer(tx, loaded, request, extra, now);
    if (outcome?.status !== 'accepted') throw new AppError('link_used', { detail: JUST_USED });
    return { thankYouMessage: survey.thankYouMessage ?? DEFAULT_THANKS };
  });
}
