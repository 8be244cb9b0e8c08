import type { TCaseDetail } from '@customeric/contracts';
import { withTenant } from '@customeric/db';
import { findAllowedTransitions } from '@customeric/domain';
import type { TServiceContext } from '../common/context.ts';
import { getCaseInTransaction } from './case-query.ts';
import { loadCaseStatuses } from './case-statuses-query.ts';

/** A case and the statuses it may move to now (what the status control offers). */
export async function getCaseDetail(
  context: TServiceContext,
  caseId: string,
): Promise<TCaseDetail> {
  return withTenant(context.database, context.actor.orgId, async (tx) => {
    const found = await getCaseInTransaction(tx, caseId);
    const allowed = findAllowedTransitions(found.statusKey, await loadCaseStatuses(tx));
    return {
      case: found,
      allowedTransitions: allowed.map(({ key, name, category }) => ({ key, name, category })),
    };
  });
}
