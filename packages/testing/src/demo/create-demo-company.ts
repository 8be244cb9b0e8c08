import { newId, schema, type TDatabase, type TTransaction, withTenant } from '@customeric/db';
import { createRandom, type TRandom, type TRole } from '@customeric/domain';
import { createOrganization, hashPassword } from '@customeric/services';
import { base, en, Faker } from '@faker-js/faker';
import { addDemoCaseProgramme } from './demo-case-programme.ts';
import { addDemoCases } from './demo-cases.ts';
import { addDemoCustomersAndEvents } from './demo-customers-and-events.ts';
import {
  DEMO_DEPARTMENTS,
  DEMO_LOGINS,
  DEMO_PASSWORD,
  DEMO_SLUG,
  type TDemoDepartmentKey,
} from './demo-departments.ts';
import { addDemoMarket } from './demo-market.ts';
import { addDemoOrg } from './demo-org.ts';
import { DEMO_VALUE_CHAINS } from './demo-org-plan.ts';
import { addDemoPromises } from './demo-promises.ts';
import { addDemoVoice } from './demo-voice.ts';

export interface TDemoCompany {
  orgId: string;
  slug: string;
  password: string;
  logins: { role: string; email: string; name: string }[];
  counts: {
    departments: number;
    people: number;
    valueChains: number;
    customers: number;
    events: number;
  };
}

async function insertDepartments(tx: TTransaction, orgId: string) {
  const ids = {} as Record<TDemoDepartmentKey, string>;
  for (const department of DEMO_DEPARTMENTS) {
    ids[department.key] = newId('dep');
    await tx.insert(schema.departments).values({
      orgId,
      id: ids[department.key],
      name: department.name,
      function: department.function,
      customerFacing: department.customerFacing,
    });
  }
  return ids;
}

function staffRole(random: TRandom, index: number): { role: TRole; executive: boolean } {
  if (index === 0) return { role: 'department_head', executive: random.chance(0.4) };
  return { role: 'employee', executive: false };
}

function buildStaff(
  faker: Faker,
  random: TRandom,
  orgId: string,
  departmentIds: Record<TDemoDepartmentKey, string>,
  passwordHash: string,
) {
  const used = new Set<string>(DEMO_LOGINS.map((login) => login.email));
  const rows: (typeof schema.users.$inferInsert)[] = [];
  for (const department of DEMO_DEPARTMENTS) {
    for (let index = 0; index < department.staff; index++) {
      const first = faker.person.firstName();
      const last = faker.person.lastName();
      let email = `${first}.${last}@acme.example`.toLowerCase().replace(/[^a-z0-9.@]/g, '');
      if (used.has(email)) email = email.replace('@', `${used.size}@`);
      used.add(email);
      const { role, executive } = staffRole(random, index);
      rows.push({
        orgId,
        id: newId('usr'),
        email,
        name: `${first} ${last}`,
        role,
        departmentId: departmentIds[department.key],
        isExecutive: executive,
        passwordHash,
      });
    }
  }
  return rows;
}

/**
 * Creates "Acme Widgets", the same on every machine for the same seed: its departments, one
 * sign-in per role and the staff of each department. Later modules add their data here.
 */
export async function createDemoCompany(
  database: TDatabase,
  options: { seed?: number } = {},
): Promise<TDemoCompany> {
  const seed = options.seed ?? 2026;
  const faker = new Faker({ locale: [en, base], seed });
  const random = createRandom(seed);
  const { organization, admin } = await createOrganization(database, {
    slug: DEMO_SLUG,
    name: 'Acme Widgets',
    admin: { email: 'admin@acme.example', name: 'Priya Natarajan', password: DEMO_PASSWORD },
  });
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const orgId = organization.id;
  let customersAndEvents = { customers: 0, events: 0 };
  const people = await withTenant(database, orgId, async (tx) => {
    const departmentIds = await insertDepartments(tx, orgId);
    const named = DEMO_LOGINS.filter((login) => login.email !== admin.email).map((login) => ({
      orgId,
      id: newId('usr'),
      email: login.email,
      name: login.name,
      role: login.role,
      departmentId: login.department ? departmentIds[login.department] : null,
      isExecutive: login.executive,
      passwordHash,
    }));
    const rows = [...named, ...buildStaff(faker, random, orgId, departmentIds, passwordHash)];
    await tx.insert(schema.users).values(rows);
    const everyone = [admin, ...rows].map(({ id, email, role, departmentId }) => ({
      id: id as string,
      email,
      role,
      departmentId: departmentId ?? null,
    }));
    await addDemoOrg(tx, { orgId, seed, departmentIds, people: everyone });
    const ownerIds = everyone.filter((person) => person.departmentId === departmentIds.sales);
    customersAndEvents = await addDemoCustomersAndEvents(tx, {
      orgId,
      seed,
      departmentIds,
      ownerIds: ownerIds.map((person) => person.id),
    });
    await addDemoCases(tx, { orgId, seed, departmentIds, people: everyone });
    await addDemoVoice(tx, { orgId, seed, departmentIds });
    await addDemoCaseProgramme(tx, { orgId, seed });
    await addDemoPromises(tx, { orgId, seed, departmentIds });
    await addDemoMarket(tx, { orgId, seed });
    return rows.length + 1;
  });
  return {
    orgId,
    slug: DEMO_SLUG,
    password: DEMO_PASSWORD,
    logins: DEMO_LOGINS.map(({ role, email, name }) => ({ role, email, name })),
    counts: {
      departments: DEMO_DEPARTMENTS.length,
      people,
      valueChains: DEMO_VALUE_CHAINS.length,
      ...customersAndEvents,
    },
  };
}
