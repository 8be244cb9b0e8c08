import type { TCreateSurveyRequest, TSurvey } from '@customeric/contracts';
import { newId, schema, withTenant } from '@customeric/db';
import { recordAudit } from '../access/record-audit.ts';
import type { TServiceContext } from '../common/context.ts';
import { assertPlacement, explainNameTaken, scaleFor } from './survey-guards.ts';
import { getSurveyInTransaction } from './survey-query.ts';

export async function createSurvey(
  context: TServiceContext,
  request: TCreateSurveyRequest,
): Promise<TSurvey> {
  const { actor } = context;
  return withTenant(context.database, actor.orgId, async (tx) => {
    await assertPlacement(tx, request);
    const { scaleMin: _min, scaleMax: _max, ...fields } = request;
    const id = newId('srv');
    await tx
      .insert(schema.surveys)
      .values({
        orgId: actor.orgId,
        id,
        ...fields,
        ...scaleFor(request.kind, request),
        createdBy: actor.userId,
      })
      .catch(explainNameTaken('survey', request.name));
    await recordAudit(tx, actor, {
      action: 'survey.created',
      subjectType: 'survey',
      subjectId: id,
      changes: { name: request.name, kind: request.kind, status: request.status },
    });
    return getSurveyInTransaction(tx, id);
  });
}
