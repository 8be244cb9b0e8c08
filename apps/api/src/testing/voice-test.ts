import { newId, schema, type TDatabase, withTenant } from '@customeric/db';
import { createContact, createCustomer, type TActor } from '@customeric/services';
import type { FastifyInstance } from 'fastify';

/** A customer of the test organisation with one contact (its primary) and an ERP id. */
export async function insertVoiceCustomer(
  database: TDatabase,
  actor: TActor,
  options: {
    name: string;
    segment?: string;
    externalId?: string;
    email?: string;
    status?: 'active' | 'churned' | 'prospect';
  },
) {
  const context = { database, actor };
  const churned = options.status === 'churned';
  const customer = await createCustomer(context, {
    name: options.name,
    segment: options.segment ?? 'Small business',
    relationshipLevel: 'solution',
    ownerUserId: null,
    status: options.status ?? 'active',
    startedOn: null,
    churnedOn: churned ? '2026-01-01' : null,
    churnReason: churned ? 'price' : null,
    externalKeys: options.externalId ? [{ source: 'erp', externalId: options.externalId }] : [],
  });
  const contact = await createContact(context, customer.id, {
    name: `${options.name} Contact`,
    email: options.email ?? null,
    phone: null,
    title: null,
    isPrimary: true,
  });
  return { customerId: customer.id, contactId: contact.id };
}

export async function insertDepartment(database: TDatabase, orgId: string, name: string) {
  const id = newId('dep');
  await withTenant(database, orgId, (tx) =>
    tx
      .insert(schema.departments)
      .values({ orgId, id, name, function: 'billing', customerFacing: true }),
  );
  return id;
}

/** Creates a survey through the API as the signed-in person and returns it. */
export async function postSurvey(
  app: FastifyInstance,
  headers: Record<string, string>,
  payload: Record<string, unknown>,
) {
  const response = await app.inject({ method: 'POST', url: '/api/surveys', headers, payload });
  if (response.statusCode !== 201) throw new Error(`survey not created: ${response.body}`);
  return response.json() as { id: string; [key: string]: unknown };
}
