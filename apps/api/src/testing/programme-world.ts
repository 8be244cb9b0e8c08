import { newId, schema, withTenant } from '@customeric/db';
import { createCase, createCustomer } from '@customeric/services';
import { signIn, type TSignedIn } from '@customeric/testing';
import type { TApiTest } from './api-test.ts';
import { insertExecutive } from './case-programme-kit.ts';
import { createCasesWorld, type TCasesWorld } from './cases-world.ts';

/**
 * The executive programme's test world: three executives (a department head of Billing, the
 * CEO without a department, an executive of Delivery) and seven complaints the rules pick —
 * Initech got in touch four times, Globex is the most valuable customer (with two cases),
 * a broken promise opened Umbrella's — and one for Hooli that no rule picks.
 */
export interface TProgrammeWorld extends TCasesWorld {
  executives: Record<'ana' | 'ben' | 'carl', { id: string; email: string }>;
  anaIn: TSignedIn;
  benIn: TSignedIn;
  customers: Record<'globex' | 'initech' | 'umbrella' | 'hooli', string>;
  unpickedCaseId: string;
}

export async function createProgrammeWorld(started: TApiTest): Promise<TProgrammeWorld> {
  const world = await createCasesWorld(started);
  const context = { database: started.test.database, actor: started.org.actor };
  const orgId = started.org.organization.id;
  const { service, billing, delivery } = world.departments;
  const executives = {
    ana: await insertExecutive(started, 'department_head', billing, 'Ana Head of Billing'),
    ben: await insertExecutive(started, 'ceo', null, 'Ben CEO'),
    carl: await insertExecutive(started, 'executive', delivery, 'Carl COO'),
  };
  const customer = async (name: string) =>
    (
      await createCustomer(context, {
        name,
        segment: null,
        relationshipLevel: 'solution',
        ownerUserId: null,
        status: 'active',
        startedOn: null,
        churnedOn: null,
        churnReason: null,
        externalKeys: [],
      })
    ).id;
  const openCase = async (customerId: string, departmentId: string, subject: string) =>
    (
      await createCase(context, {
        customerId,
        subject,
        description: null,
        category: 'billing',
        priority: 'normal',
        departmentId,
        ownerUserId: null,
        frontOwnerUserId: null,
      })
    ).id;
  const customers = {
    globex: await customer('Globex'),
    initech: await customer('Initech'),
    umbrella: await customer('Umbrella'),
    hooli: await customer('Hooli'),
  };
  await withTenant(started.test.database, orgId, async (tx) => {
    // A year of invoices makes Globex the most valuable customer.
    await tx.insert(schema.events).values({
      orgId,
      source: 'erp',
      externalId: newId('inv'),
      customerId: customers.globex,
      type: 'invoice.issued',
      occurredAt: new Date(Date.now() - 30 * 86_400_000),
      amount: '250000',
      attributes: {},
    });
    // A case opened from a broken promise, as the promises module opens them.
    await tx.insert(schema.cases).values({
      orgId,
      id: newId('cas'),
      customerId: customers.umbrella,
      subject: 'Invoice does not match the order',
      category: 'billing',
      statusKey: 'new',
      statusCategory: 'open',
      departmentId: billing,
      departmentSince: new Date(),
      openingDepartmentId: billing,
      sourceKind: 'promise',
      sourceRef: newId('brc'),
      openedAt: new Date(),
    });
  });
  for (const [index, department] of [billing, billing, service, delivery].entries())
    await openCase(customers.initech, department, `Initech problem ${index + 1}`);
  for (const [index, department] of [billing, delivery].entries())
    await openCase(customers.globex, department, `Globex problem ${index + 1}`);
  return {
    ...world,
    executives,
    anaIn: await signIn(started.app, executives.ana.email),
    benIn: await signIn(started.app, executives.ben.email),
    customers,
    unpickedCaseId: await openCase(customers.hooli, service, 'Hooli question'),
  };
}
