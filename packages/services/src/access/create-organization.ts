import type { TOrganization, TUser } from '@customeric/contracts';
import { newId, schema, type TDatabase, withTenant } from '@customeric/db';
import { AppError } from '../common/app-error.ts';
import { toOrganization, toUser } from './mappers.ts';
import { hashPassword } from './passwords.ts';
import { recordAudit } from './record-audit.ts';

export interface TCreateOrganizationInput {
  slug: string;
  name: string;
  admin: { email: string; name: string; password: string };
}

/** Creates a tenant and its first administrator (used by the CLI, the demo and tests). */
export async function createOrganization(
  database: TDatabase,
  input: TCreateOrganizationInput,
): Promise<{ organization: TOrganization; admin: TUser }> {
  if (!/^[a-z0-9][a-z0-9-]{1,62}$/.test(input.slug)) {
    throw new AppError('validation_failed', {
      detail: 'The organisation slug may hold lower-case letters, digits and dashes only.',
      errors: [{ pointer: '/slug', message: 'use a-z, 0-9 and -' }],
    });
  }
  const orgId = newId('org');
  const passwordHash = await hashPassword(input.admin.password);
  return withTenant(database, orgId, async (tx) => {
    const [organization] = await tx
      .insert(schema.organizations)
      .values({ orgId, slug: input.slug, name: input.name })
      .returning();
    const [admin] = await tx
      .insert(schema.users)
      .values({
        orgId,
        id: newId('usr'),
        email: input.admin.email.toLowerCase(),
        name: input.admin.name,
        role: 'admin',
        passwordHash,
      })
      .returning();
    if (!organization || !admin) throw new Error('insert returned no row');
    const actor = { orgId, userId: admin.id, apiKeyId: null, role: null, scopes: [] };
    await recordAudit(tx, actor, {
      action: 'organization.created',
      subjectType: 'organization',
      subjectId: orgId,
      changes: { slug: input.slug, name: input.name, admin: admin.email },
    });
    return { organization: toOrganization(organization), admin: toUser(admin) };
  });
}
