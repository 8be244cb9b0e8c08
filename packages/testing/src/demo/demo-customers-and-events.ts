import type { TTransaction } from '@customeric/db';
import { createRandom } from '@customeric/domain';
import { base, en, Faker } from '@faker-js/faker';
import { insertDemoCustomers } from './demo-customers.ts';
import type { TDemoDepartmentKey } from './demo-departments.ts';
import { insertDemoEvents } from './demo-events.ts';

/**
 * Acme's customers, contacts, mapping rules and a year of events. Its own random streams, so
 * it never shifts what the other parts of the demo draw. The year ends today (UTC midnight):
 * the same seed gives the same company on the same day, and the timeline always looks current.
 */
export async function addDemoCustomersAndEvents(
  tx: TTransaction,
  input: {
    orgId: string;
    seed: number;
    departmentIds: Record<TDemoDepartmentKey, string>;
    ownerIds: string[];
    today?: Date;
  },
): Promise<{ customers: number; events: number }> {
  const now = input.today ?? new Date();
  const today = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  const random = createRandom(input.seed + 4);
  const faker = new Faker({ locale: [en, base], seed: input.seed + 4 });
  const customers = await insertDemoCustomers(tx, {
    orgId: input.orgId,
    random,
    faker,
    today,
    ownerIds: input.ownerIds,
  });
  const events = await insertDemoEvents(tx, {
    orgId: input.orgId,
    random,
    today,
    customers,
    departmentIds: input.departmentIds,
  });
  return { customers: customers.length, events };
}
