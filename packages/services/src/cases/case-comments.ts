import type {
  TCaseComment,
  TCreateCaseCommentRequest,
  TCursorQuery,
  TPage,
} from '@customeric/contracts';
import { newId, schema, type TTransaction, withTenant } from '@customeric/db';
import { extractMentions } from '@customeric/domain';
import { and, asc, eq, getTableColumns, gt, inArray } from 'drizzle-orm';
import { AppError } from '../common/app-error.ts';
import type { TServiceContext } from '../common/context.ts';
import { decodeCursor, toPage } from '../common/cursor.ts';
import { notifyCase } from './case-notifications.ts';
import { getCaseInTransaction } from './case-query.ts';

function selectComments(tx: TTransaction) {
  return tx
    .select({ ...getTableColumns(schema.caseComments), authorName: schema.users.name })
    .from(schema.caseComments)
    .leftJoin(schema.users, eq(schema.users.id, schema.caseComments.authorUserId));
}

type TCommentRow = Awaited<ReturnType<ReturnType<typeof selectComments>['where']>>[number];

function toComment(row: TCommentRow): TCaseComment {
  return {
    id: row.id,
    caseId: row.caseId,
    authorUserId: row.authorUserId,
    authorName: row.authorName,
    body: row.body,
    mentions: extractMentions(row.body).map(({ userId, name }) => ({ userId, name })),
    createdAt: row.createdAt.toISOString(),
  };
}

/** Mentions must name active people of the organisation: a typo should not vanish silently. */
async function checkMentions(tx: TTransaction, userIds: string[]): Promise<void> {
  if (userIds.length === 0) return;
  const found = await tx
    .select({ id: schema.users.id })
    .from(schema.users)
    .where(and(inArray(schema.users.id, userIds), eq(schema.users.active, true)));
  const known = new Set(found.map((row) => row.id));
  const unknown = userIds.filter((id) => !known.has(id));
  if (unknown.length > 0)
    throw new AppError('validation_failed', {
      detail: `The comment mentions ${unknown.join(', ')}, who is not an active person here.`,
      errors: [{ pointer: '/body', message: 'mentions someone who is not an active person' }],
    });
}

/** Adds a comment; everyone it @mentions gets an e-mail with the comment and the case link. */
export async function createCaseComment(
  context: TServiceContext,
  caseId: string,
  request: TCreateCaseCommentRequest,
): Promise<TCaseComment> {
  const { actor } = context;
  return withTenant(context.database, actor.orgId, async (tx) => {
    const current = await getCaseInTransaction(tx, caseId);
    const mentions = extractMentions(request.body).map((mention) => mention.userId);
    await checkMentions(tx, mentions);
    const id = newId('cmt');
    await tx.insert(schema.caseComments).values({
      orgId: actor.orgId,
      id,
      caseId,
      authorUserId: actor.userId,
      body: request.body,
      mentions,
      createdAt: new Date(),
    });
    await notifyCase(
      tx,
      actor,
      mentions.map((toUserId) => ({
        kind: 'case.mentioned' as const,
        toUserId,
        caseId,
        caseSubject: current.subject,
        detail: request.body,
      })),
    );
    const [row] = await selectComments(tx).where(eq(schema.caseComments.id, id));
    return toComment(row as TCommentRow);
  });
}

/** The conversation on a case, oldest first. */
export async function findCaseComments(
  context: TServiceContext,
  caseId: string,
  query: TCursorQuery,
): Promise<TPage<TCaseComment>> {
  const after = decodeCursor(query.cursor);
  return withTenant(context.database, context.actor.orgId, async (tx) => {
    await getCaseInTransaction(tx, caseId);
    const rows = await selectComments(tx)
      .where(
        and(
          eq(schema.caseComments.caseId, caseId),
          after ? gt(schema.caseComments.id, after) : undefined,
        ),
      )
      .orderBy(asc(schema.caseComments.id))
      .limit(query.limit + 1);
    return toPage(rows, query.limit, toComment);
  });
}
