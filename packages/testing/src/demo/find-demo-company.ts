import { findLoginOrgIds, type TDatabase } from '@customeric/db';

/** The demo organisation's id if the demo company exists (found through its administrator's log-in). */
export async function findDemoCompany(database: TDatabase): Promise<string | null> {
  const [orgId] = await findLoginOrgIds(database, 'admin@acme.example');
  return orgId ?? null;
}
