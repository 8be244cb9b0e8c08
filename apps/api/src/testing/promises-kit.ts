import { newId, schema, type TDatabase, withTenant } from '@customeric/db';
import { evaluatePendingEvents, reevaluatePromise } from '@customeric/services';
import type { FastifyInstance } from 'fastify';

type THeaders = Record<string, string>;

/** A department and a customer to hang promises and events on. */
export async function insertPromiseWorld(
  database: TDatabase,
  orgId: string,
  options: { headUserId?: string | null; segment?: string } = {},
) {
  const departmentId = newId('dep');
  const customerId = newId('cus');
  await withTenant(database, orgId, async (tx) => {
    await tx.insert(schema.departments).values({
      orgId,
      id: departmentId,
      name: `Service ${departmentId.slice(-5)}`,
      function: 'service',
      customerFacing: true,
      headUserId: options.headUserId ?? null,
    });
    await tx.insert(schema.customers).values({
      orgId,
      id: customerId,
      name: `Customer ${customerId.slice(-5)}`,
      segment: options.segment ?? 'Small business',
      relationshipLevel: 'transactional',
      status: 'active',
    });
  });
  return { departmentId, customerId };
}

export async function insertCustomer(database: TDatabase, orgId: string, segment: string) {
  const id = newId('cus');
  await withTenant(database, orgId, (tx) =>
    tx.insert(schema.customers).values({
      orgId,
      id,
      name: `Customer ${id.slice(-5)}`,
      segment,
      relationshipLevel: 'transactional',
      status: 'active',
    }),
  );
  return id;
}

/** A "complaints are answered within 4 hours" rule, subject: the complaint attribute. */
export const ANSWER_RULE = {
  kind: 'within',
  start: { type: 'complaint.received' },
  end: { type: 'complaint.answered' },
  subject: { kind: 'attribute', attribute: 'complaint' },
  duration: { amount: 4, unit: 'hours' },
} as const;

export function complaintEvent(
  customerId: string,
  type: 'complaint.received' | 'complaint.answered',
  complaint: string,
  at: Date,
) {
  return {
    source: 'helpdesk',
    externalId: `${type}-${complaint}-${at.getTime()}`,
    customer: customerId,
    type,
    occurredAt: at.toISOString(),
    attributes: { complaint },
  };
}

export async function ingest(app: FastifyInstance, headers: THeaders, events: unknown[]) {
  const response = await app.inject({
    method: 'POST',
    url: '/api/events:batch',
    headers,
    payload: { events },
  });
  if (response.statusCode !== 200 || response.json().accepted !== events.length)
    throw new Error(`ingest failed: ${response.statusCode} ${response.body.slice(0, 300)}`);
}

/** What the worker would do: replay queued re-evaluations, then evaluate pending batches. */
export async function runPromiseJobs(database: TDatabase, orgId: string, now?: Date) {
  const queued = await withTenant(database, orgId, (tx) =>
    tx.$client.query<{ id: string }>(
      "SELECT id FROM promise_evaluations WHERE status IN ('queued', 'running') ORDER BY id",
    ),
  );
  for (const { id } of queued.rows)
    await reevaluatePromise(database, { orgId, evaluationId: id, ...(now ? { now } : {}) });
  await evaluatePendingEvents(database, { orgId, ...(now ? { now } : {}) });
}
