import { newId, schema, type TDatabase, withTenant } from '@customeric/db';
import { createApiKey } from '@customeric/services';
import { insertOrganization } from '@customeric/testing';
import type { TBenchWorld } from './generate.ts';

const DEPARTMENTS = ['sales', 'delivery', 'billing', 'service', 'marketing'] as const;

/** One organisation with customers, departments and an API key that may send events. */
export async function seedIngestWorld(
  database: TDatabase,
  customerCount: number,
): Promise<TBenchWorld & { apiKey: string }> {
  const { organization, actor } = await insertOrganization(database, { slug: 'bench-ingest' });
  const orgId = organization.id;
  const customerIds = Array.from({ length: customerCount }, () => newId('cus'));
  const departmentIds = DEPARTMENTS.map(() => newId('dep'));
  await withTenant(database, orgId, async (tx) => {
    await tx.insert(schema.departments).values(
      DEPARTMENTS.map((name, index) => ({
        orgId,
        id: departmentIds[index] as string,
        name,
        function: name,
        customerFacing: true,
      })),
    );
    for (let start = 0; start < customerIds.length; start += 1_000) {
      await tx.insert(schema.customers).values(
        customerIds.slice(start, start + 1_000).map((id, index) => ({
          orgId,
          id,
          name: `Bench customer ${start + index}`,
          relationshipLevel: 'transactional',
          status: 'active',
        })),
      );
    }
  });
  const { secret } = await createApiKey(
    { database, actor },
    { name: 'bench', scopes: ['events.write'] },
  );
  return { orgId, customerIds, departmentIds, apiKey: secret };
}
