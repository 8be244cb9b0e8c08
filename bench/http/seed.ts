import { newId, schema, type TDatabase, withTenant } from '@customeric/db';
import { hashPassword } from '@customeric/services';
import { insertOrganization, TEST_PASSWORD } from '@customeric/testing';

export interface TSeededOrganization {
  orgId: string;
  adminEmail: string;
  adminPassword: string;
}

/** One organisation with `userCount` people, so the list route pages through a real table. */
export async function seedOrganization(
  database: TDatabase,
  userCount: number,
): Promise<TSeededOrganization> {
  const { organization, admin } = await insertOrganization(database, {
    slug: 'bench',
    name: 'Bench Org',
  });
  // One hash for all: hashing is slow on purpose, and nobody but the admin signs in.
  const passwordHash = await hashPassword(TEST_PASSWORD);
  const rows = Array.from({ length: userCount - 1 }, (_, index) => ({
    orgId: organization.id,
    id: newId('usr'),
    email: `person${index}@bench.test`,
    name: `Person ${index}`,
    role: index % 10 === 0 ? 'department_head' : 'employee',
    passwordHash,
  }));
  await withTenant(database, organization.id, (tx) => tx.insert(schema.users).values(rows));
  return { orgId: organization.id, adminEmail: admin.email, adminPassword: TEST_PASSWORD };
}
