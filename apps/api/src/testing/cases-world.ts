import type { TCase } from '@customeric/contracts';
import { createCustomer, createDepartment } from '@customeric/services';
import { insertUser, signIn, type TSignedIn } from '@customeric/testing';
import type { FastifyInstance } from 'fastify';
import type { TApiTest } from './api-test.ts';

/** An organisation with three departments, a person in each, and a customer with problems. */
export interface TCasesWorld {
  departments: { service: string; billing: string; delivery: string };
  people: {
    agent: { id: string; email: string; name: string };
    biller: { id: string; email: string; name: string };
    driver: { id: string; email: string; name: string };
  };
  agent: TSignedIn;
  customerId: string;
}

export async function createCasesWorld(started: TApiTest): Promise<TCasesWorld> {
  const context = { database: started.test.database, actor: started.org.actor };
  const department = async (name: string, fn: 'service' | 'billing' | 'delivery') =>
    (
      await createDepartment(context, {
        name,
        function: fn,
        customerFacing: true,
        customerDepartmentLine: 'none',
        headId: null,
      })
    ).id;
  const departments = {
    service: await department('Customer Service', 'service'),
    billing: await department('Billing', 'billing'),
    delivery: await department('Delivery', 'delivery'),
  };
  const person = (departmentId: string, name: string) =>
    insertUser(started.test.database, started.org, { role: 'employee', departmentId, name });
  const people = {
    agent: await person(departments.service, 'Sofia Agent'),
    biller: await person(departments.billing, 'Amara Biller'),
    driver: await person(departments.delivery, 'Tomasz Driver'),
  };
  const customer = await createCustomer(context, {
    name: 'Globex',
    segment: null,
    relationshipLevel: 'solution',
    ownerUserId: null,
    status: 'active',
    startedOn: null,
    churnedOn: null,
    churnReason: null,
    externalKeys: [],
  });
  return {
    departments,
    people,
    agent: await signIn(started.app, people.agent.email),
    customerId: customer.id,
  };
}

/** Opens a case through the API as `as`, failing loudly if it cannot. */
export async function openCase(
  app: FastifyInstance,
  as: TSignedIn,
  payload: Record<string, unknown>,
): Promise<TCase> {
  const response = await app.inject({
    method: 'POST',
    url: '/api/cases',
    headers: as.headers,
    payload,
  });
  if (response.statusCode !== 201)
    throw new Error(`open case: ${response.statusCode} ${response.body}`);
  return response.json() as TCase;
}
