import { newId, schema, type TDatabase, withTenant } from '@customeric/db';
import { createApiKey, createBusinessCalendar, createPromise } from '@customeric/services';
import { insertOrganization } from '@customeric/testing';
import { BENCH_CALENDAR, BENCH_RULES } from './generate.ts';

export interface TBenchOrg {
  orgId: string;
  customerIds: string[];
  apiKey: string;
}

/** An organisation with customers and an API key; with `promises`, the twenty of the bench. */
export async function seedBenchOrg(
  database: TDatabase,
  slug: string,
  options: { customers: number; promises: boolean },
): Promise<TBenchOrg> {
  const { organization, actor } = await insertOrganization(database, { slug });
  const orgId = organization.id;
  const customerIds = Array.from({ length: options.customers }, () => newId('cus'));
  const departmentId = newId('dep');
  await withTenant(database, orgId, async (tx) => {
    await tx.insert(schema.departments).values({
      orgId,
      id: departmentId,
      name: 'Service',
      function: 'service',
      customerFacing: true,
    });
    for (let start = 0; start < customerIds.length; start += 1_000)
      await tx.insert(schema.customers).values(
        customerIds.slice(start, start + 1_000).map((id, index) => ({
          orgId,
          id,
          name: `Bench customer ${start + index}`,
          segment: index % 2 ? 'Small business' : 'Enterprise',
          relationshipLevel: 'transactional',
          status: 'active',
        })),
      );
  });
  const context = { database, actor };
  if (options.promises) {
    await createBusinessCalendar(context, { name: 'Office', ...BENCH_CALENDAR, isDefault: true });
    for (const [index, rule] of BENCH_RULES.entries())
      await createPromise(context, {
        customerWording: `Bench promise ${index + 1}`,
        internalName: `Bench promise ${index + 1}`,
        ownerKind: 'department',
        ownerDepartmentId: departmentId,
        valueChainId: null,
        stageId: null,
        targetRate: 0.95,
        rule: rule as never,
        calendarId: null,
        active: true,
      });
  }
  const { secret } = await createApiKey(context, { name: 'bench', scopes: ['events.write'] });
  return { orgId, customerIds, apiKey: secret };
}
