import type { TPage, TSurvey, TSurveyListQuery } from '@customeric/contracts';
import { schema, withTenant } from '@customeric/db';
import { and, eq, lt } from 'drizzle-orm';
import type { TServiceContext } from '../common/context.ts';
import { decodeCursor, toPage } from '../common/cursor.ts';
import { getSurveyInTransaction, selectSurveys } from './survey-query.ts';

/** Surveys, newest first, with their counts of invitations and answers. */
export async function findSurveys(
  context: TServiceContext,
  query: TSurveyListQuery,
): Promise<TPage<TSurvey>> {
  const after = decodeCursor(query.cursor);
  return withTenant(context.database, context.actor.orgId, async (tx) => {
    const rows = await selectSurveys(
      tx,
      and(
        after ? lt(schema.surveys.id, after) : undefined,
        query.status ? eq(schema.surveys.status, query.status) : undefined,
      ),
      query.limit + 1,
    );
    return toPage(rows, query.limit, (row) => row);
  });
}

export function getSurveyById(context: TServiceContext, surveyId: string): Promise<TSurvey> {
  return withTenant(context.database, context.actor.orgId, (tx) =>
    getSurveyInTransaction(tx, surveyId),
  );
}
