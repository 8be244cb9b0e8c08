import { newId, schema, type TTransaction } from '@customeric/db';
import type { TRandom } from '@customeric/domain';
import type { Faker } from '@faker-js/faker';
import { DEMO_CHURN_REASONS, DEMO_CUSTOMER_COUNT, DEMO_SEGMENTS } from './demo-customer-plan.ts';

export interface TDemoCustomer {
  id: string;
  name: string;
  segment: (typeof DEMO_SEGMENTS)[number];
  level: 'transactional' | 'solution' | 'partnership';
  startedOn: Date;
  churnedOn: Date | null;
  poorService: boolean;
  /** A prospect has heard from marketing and sales, but has not bought yet. */
  prospect: boolean;
}

const DAY = 86_400_000;
const day = (date: Date) => date.toISOString().slice(0, 10);

function weighted<T>(random: TRandom, entries: readonly (readonly [T, number])[]): T {
  const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
  let roll = random.next() * total;
  for (const [value, weight] of entries) {
    roll -= weight;
    if (roll < 0) return value;
  }
  return (entries.at(-1) as readonly [T, number])[0];
}

function drawCustomer(
  random: TRandom,
  faker: Faker,
  today: Date,
  used: Set<string>,
): TDemoCustomer & { reason: string | null } {
  let name = faker.company.name();
  while (used.has(name)) name = `${name} ${faker.location.city()}`;
  used.add(name);
  const segment = weighted(
    random,
    DEMO_SEGMENTS.map((entry) => [entry, entry.share] as const),
  );
  const level = weighted(random, [
    ['transactional', 55],
    ['solution', 30],
    ['partnership', 15],
  ] as const);
  const startedDaysAgo = random.int(200, 6 * 365);
  const startedOn = new Date(today.getTime() - startedDaysAgo * DAY);
  const churned = random.chance(0.12);
  const reason = churned ? weighted(random, DEMO_CHURN_REASONS) : null;
  const churnDaysAgo = random.int(5, Math.min(330, startedDaysAgo - 30));
  const churnedOn = churned ? new Date(today.getTime() - churnDaysAgo * DAY) : null;
  return {
    id: newId('cus'),
    name,
    segment,
    level,
    startedOn,
    churnedOn,
    poorService: reason === 'poor service',
    reason,
    prospect: !churned && random.chance(0.03),
  };
}

/**
 * About 2,000 customers across segments and relationship levels, with their ERP and CRM ids
 * and one to three contacts each; one in eight churned in the last year, two thirds of them
 * over poor service. Multi-row inserts, a thousand rows at a time.
 */
export async function insertDemoCustomers(
  tx: TTransaction,
  input: { orgId: string; random: TRandom; faker: Faker; today: Date; ownerIds: string[] },
): Promise<TDemoCustomer[]> {
  const { orgId, random, faker, today } = input;
  const used = new Set<string>();
  const drawn = Array.from({ length: DEMO_CUSTOMER_COUNT }, () =>
    drawCustomer(random, faker, today, used),
  );
  const customers = drawn.map((customer) => ({
    orgId,
    id: customer.id,
    name: customer.name,
    segment: customer.segment.name,
    relationshipLevel: customer.level,
    ownerUserId: random.pick(input.ownerIds),
    status: customer.churnedOn ? 'churned' : customer.prospect ? 'prospect' : 'active',
    startedOn: day(customer.startedOn),
    churnedOn: customer.churnedOn ? day(customer.churnedOn) : null,
    churnReason: customer.reason,
  }));
  const keys = drawn.flatMap((customer, index) => [
    { orgId, source: 'erp', externalId: `C-${10_000 + index}`, customerId: customer.id },
    {
      orgId,
      source: 'crm',
      externalId: `ACC-${String((index * 7919) % 100_000).padStart(5, '0')}`,
      customerId: customer.id,
    },
  ]);
  const contacts = drawn.flatMap((customer) => buildContacts(random, faker, orgId, customer));
  for (let start = 0; start < drawn.length; start += 1_000) {
    await tx.insert(schema.customers).values(customers.slice(start, start + 1_000));
  }
  for (let start = 0; start < keys.length; start += 2_000)
    await tx.insert(schema.customerExternalKeys).values(keys.slice(start, start + 2_000));
  for (let start = 0; start < contacts.length; start += 2_000)
    await tx.insert(schema.contacts).values(contacts.slice(start, start + 2_000));
  return drawn;
}

function buildContacts(random: TRandom, faker: Faker, orgId: string, customer: TDemoCustomer) {
  const domain = `${customer.name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 30)}.example`;
  return Array.from({ length: random.int(1, 3) }, (_, index) => {
    const first = faker.person.firstName();
    const last = faker.person.lastName();
    return {
      orgId,
      id: newId('con'),
      customerId: customer.id,
      name: `${first} ${last}`,
      email: `${first}.${last}@${domain}`.toLowerCase().replace(/[^a-z0-9.@-]/g, ''),
      phone: faker.phone.number({ style: 'international' }),
      title: faker.person.jobTitle(),
      isPrimary: index === 0,
    };
  });
}
