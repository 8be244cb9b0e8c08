import type { TPeopleImportPreview, TPeopleImportPreviewRequest } from '@customeric/contracts';
import { withTenant } from '@customeric/db';
import type { TServiceContext } from '../common/context.ts';
import { loadImportState } from './people-csv/load-import-state.ts';
import { parsePeopleCsv } from './people-csv/parse-people-csv.ts';
import { planPeopleImport } from './people-csv/plan-people-import.ts';

/**
 * What importing the file would change, row by row, with every problem named by row and
 * column. Writes nothing; confirming sends the file again with the preview's hash.
 */
export async function previewPeopleImport(
  context: TServiceContext,
  request: TPeopleImportPreviewRequest,
): Promise<TPeopleImportPreview> {
  const parsed = parsePeopleCsv(request.csv);
  const state = await withTenant(context.database, context.actor.orgId, loadImportState);
  const plan = planPeopleImport(parsed, state);
  const count = (action: string) => plan.rows.filter((row) => row.action === action).length;
  return {
    previewHash: plan.hash,
    columns: plan.columns,
    ignoredColumns: plan.ignoredColumns,
    summary: {
      create: count('create'),
      update: count('update'),
      unchanged: count('unchanged'),
      errors: count('error'),
    },
    rows: plan.rows,
    issues: plan.issues,
  };
}
