import type { TOrganization } from '@customeric/contracts';
import { schema, withTenant } from '@customeric/db';
import { AppError } from '../common/app-error.ts';
import type { TServiceContext } from '../common/context.ts';
import { toOrganization } from './mappers.ts';

export async function getOrganization(context: TServiceContext): Promise<TOrganization> {
  const [row] = await withTenant(context.database, context.actor.orgId, (tx) =>
    tx.select().from(schema.organizations),
  );
  if (!row) throw new AppError('not_found', { detail: 'This organisation no longer exists.' });
  return toOrganization(row);
}
