import { newId, openDatabase, withTenant } from '@customeric/db';
import { insertOrganization, TEST_PASSWORD } from '@customeric/testing';
import { sql } from 'drizzle-orm';

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
        await tx.execute(sql`INSERT INTO departments (org_id, id, name, function, customer_facing)
          VALUES (${orgId}, ${id}, ${`Department ${index + 1}`}, 'service', true)`);
    });
    return { orgId, adminEmail: admin.email, adminPassword: TEST_PASSWORD, departmentIds, stageIds, valueChainIds };
  } finally {
    await database.close();
  }
}
