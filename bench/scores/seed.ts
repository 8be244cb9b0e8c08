import { newId, openDatabase, withTenant } from '@customeric/db';
import { insertOrganization, TEST_PASSWORD } from '@customeric/testing';

export interface TBenchOrganization {
  orgId: string;
  adminEmail: string;
  adminPassword: string;
  departmentIds: string[];
  stageIds: string[];
  valueChainIds: string[];
}

/** An organisation with 8 departments, 2 value chains of 6 stages each, and its admin. */
export async function seedOrganization(appUrl: string, slug: string): Promise<TBenchOrganization> {
  const database = openDatabase(appUrl, { max: 2 });
  try {
    const { organization, admin } = await insertOrganization(database, { slug });
    const orgId = organization.id;
    const departmentIds = Array.from({ length: 8 }, () => newId('dep'));
    const valueChainIds = [newId('vch'), newId('vch')];
    const stageIds = Array.from({ length: 12 }, () => newId('stg'));
    await withTenant(database, orgId, async (tx) => {
      for (const [index, id] of departmentIds.entries())
        await tx.$client.query(
          `INSERT INTO departments (org_id, id, name, function, customer_facing)
           VALUES ($1, $2, $3, 'service', true)`,
          [orgId, id, `Department ${index + 1}`],
        );
    });
    return {
      orgId,
      adminEmail: admin.email,
      adminPassword: TEST_PASSWORD,
      departmentIds,
      stageIds,
      valueChainIds,
    };
  } finally {
    await database.close();
  }
}
