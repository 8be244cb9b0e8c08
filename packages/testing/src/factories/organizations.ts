import type { TCreateUserRequest, TOrganization, TUser } from '@customeric/contracts';
import { newSecret, type TDatabase } from '@customeric/db';
import type { TRole } from '@customeric/domain';
import { createOrganization, createUser, type TActor } from '@customeric/services';

export const TEST_PASSWORD = 'correct horse battery staple';

export interface TTestOrganization {
  organization: TOrganization;
  admin: TUser;
  /** Acts as the organisation's administrator in service calls. */
  actor: TActor;
}

export async function insertOrganization(
  database: TDatabase,
  overrides: { slug?: string; name?: string; adminEmail?: string } = {},
): Promise<TTestOrganization> {
  const suffix = newSecret(4);
  const slug = overrides.slug ?? `org-${suffix}`;
  const { organization, admin } = await createOrganization(database, {
    slug,
    name: overrides.name ?? `Test Org ${suffix}`,
    admin: {
      email: overrides.adminEmail ?? `admin@${slug}.test`,
      name: 'Ada Admin',
      password: TEST_PASSWORD,
    },
  });
  const actor: TActor = {
    orgId: organization.id,
    userId: admin.id,
    apiKeyId: null,
    role: 'admin',
    scopes: [],
  };
  return { organization, admin, actor };
}

export async function insertUser(
  database: TDatabase,
  org: TTestOrganization,
  overrides: Partial<TCreateUserRequest> & { role: TRole },
): Promise<TUser> {
  const suffix = newSecret(4);
  return createUser(
    { database, actor: org.actor },
    {
      email: `${overrides.role}-${suffix}@${org.organization.slug}.test`,
      name: `${overrides.role} ${suffix}`,
      password: TEST_PASSWORD,
      isExecutive: overrides.role === 'executive',
      ...overrides,
    },
  );
}
