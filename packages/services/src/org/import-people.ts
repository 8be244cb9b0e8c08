import type { TPeopleImportRequest, TPeopleImportResult } from '@customeric/contracts';
import { withTenant } from '@customeric/db';
import { AppError } from '../common/app-error.ts';
import type { TServiceContext } from '../common/context.ts';
import { lockManagerChanges, rethrowUnique } from './org-guards.ts';
import { applyPeopleImport } from './people-csv/apply-people-import.ts';
import type { TImportPlan } from './people-csv/import-types.ts';
import { loadImportState } from './people-csv/load-import-state.ts';
import { parsePeopleCsv } from './people-csv/parse-people-csv.ts';
import { planPeopleImport } from './people-csv/plan-people-import.ts';

function rejectIssues(plan: TImportPlan): never {
  const [first] = plan.issues;
  const where = first ? `Row ${first.row}${first.column ? `, ${first.column}` : ''}` : '';
  throw new AppError('validation_failed', {
    detail: `The file has ${plan.issues.length} problem${plan.issues.length === 1 ? '' : 's'}; nothing was imported. ${where}: ${first?.message}.`,
    errors: plan.issues.map((issue) => ({
      pointer: `/csv/rows/${issue.row}${issue.column ? `/${issue.column}` : ''}`,
      message: `row ${issue.row}${issue.column ? `, ${issue.column}` : ''}: ${issue.message}`,
    })),
  });
}

/**
 * Imports the file exactly as previewed, in one transaction, or nothing: the plan is made
 * again under the manager lock and must hash to the preview's `previewHash`.
 */
export async function importPeople(
  context: TServiceContext,
  request: TPeopleImportRequest,
): Promise<TPeopleImportResult> {
  const parsed = parsePeopleCsv(request.csv);
  const { actor } = context;
  return withTenant(context.database, actor.orgId, async (tx) => {
    await lockManagerChanges(tx, actor.orgId);
    const state = await loadImportState(tx);
    const plan = planPeopleImport(parsed, state);
    if (plan.issues.length > 0) rejectIssues(plan);
    if (plan.hash !== request.previewHash) {
      throw new AppError('conflict', {
        detail:
          'The people or the file changed since the preview, so the import would not do what the preview showed. Preview the file again; nothing was imported.',
        errors: [{ pointer: '/previewHash', message: 'does not match this file any more' }],
      });
    }
    return applyPeopleImport(tx, actor, plan, state).catch(
      rethrowUnique(
        '/csv',
        'Someone added a person with one of these e-mails meanwhile; preview again.',
      ),
    );
  });
}
