import { newId, schema, type TDatabase, withTenant } from '@customeric/db';
import { createCustomer, createEventMapping, type TActor } from '@customeric/services';

interface TCustomersEventsProbe {
  url: string;
  payload?: unknown;
  headers?: Record<string, string>;
  success: number;
  targetsObject?: boolean;
}

/** An organisation of the matrix: its id, and its administrator for service calls. */
interface TProbeOrg {
  organization: { id: string };
  actor: TActor;
}

interface TProbeWorld {
  database: TDatabase;
  orgA: TProbeOrg;
  orgB: TProbeOrg;
}

let counter = 0;
const unique = (text: string) => `${text}-${Date.now().toString(36)}-${++counter}`;

const EVENT = {
  source: 'probe',
  customer: { externalId: 'nobody' },
  type: 'probe.sent',
  occurredAt: '2026-01-01T00:00:00Z',
};

/**
 * The authorization matrix's probes for /api/customers, /api/events and /api/event-mappings.
 * A mapping rule names a department, and other tenants must succeed with their own: the
 * probe department has the same id in organisations A and B (keys are per organisation).
 */
export function customersEventsProbes(
  world: () => TProbeWorld,
): Record<string, () => Promise<TCustomersEventsProbe>> {
  const adminContext = () => ({ database: world().database, actor: world().orgA.actor });
  let customerId: string | null = null;
  let departmentId: string | null = null;
  const customerOfA = async () => {
    customerId ??= (
      await createCustomer(adminContext(), {
        name: 'Probe customer',
        segment: null,
        relationshipLevel: 'transactional',
        ownerUserId: null,
        status: 'active',
        startedOn: null,
        churnedOn: null,
        churnReason: null,
        externalKeys: [],
      })
    ).id;
    return customerId;
  };
  const sharedDepartment = async () => {
    if (departmentId) return departmentId;
    const id = newId('dep');
    for (const org of [world().orgA, world().orgB]) {
      await withTenant(world().database, org.organization.id, (tx) =>
        tx.insert(schema.departments).values({
          orgId: org.organization.id,
          id,
          name: 'Probe billing',
          function: 'billing',
          customerFacing: true,
        }),
      );
    }
    departmentId = id;
    return id;
  };
  const customerUrl = async (tail = '') => `/api/customers/${await customerOfA()}${tail}`;
  return {
    'GET /api/customers': async () => ({ url: '/api/customers?q=probe', success: 200 }),
    'POST /api/customers': async () => ({
      url: '/api/customers',
      payload: { name: unique('Probe') },
      success: 201,
    }),
    'GET /api/customers/:customerId': async () => ({
      url: await customerUrl(),
      success: 200,
      targetsObject: true,
    }),
    'PATCH /api/customers/:customerId': async () => ({
      url: await customerUrl(),
      payload: { segment: unique('segment') },
      success: 200,
      targetsObject: true,
    }),
    'GET /api/customers/:customerId/contacts': async () => ({
      url: await customerUrl('/contacts'),
      success: 200,
      targetsObject: true,
    }),
    'POST /api/customers/:customerId/contacts': async () => ({
      url: await customerUrl('/contacts'),
      payload: { name: 'Probe contact' },
      success: 201,
      targetsObject: true,
    }),
    'GET /api/customers/:customerId/timeline': async () => ({
      url: await customerUrl('/timeline?type=order.*'),
      success: 200,
      targetsObject: true,
    }),
    'GET /api/customers/:customerId/timeline/summary': async () => ({
      url: await customerUrl('/timeline/summary'),
      success: 200,
      targetsObject: true,
    }),
    'GET /api/events': async () => ({ url: '/api/events?limit=5', success: 200 }),
    'GET /api/events/stats': async () => ({ url: '/api/events/stats', success: 200 }),
    'GET /api/events/ingests': async () => ({ url: '/api/events/ingests', success: 200 }),
    'POST /api/events::batch': async () => ({
      url: '/api/events:batch',
      payload: { events: [{ ...EVENT, externalId: unique('b') }] },
      success: 200,
    }),
    'POST /api/events::stream': async () => ({
      url: '/api/events:stream',
      headers: { 'content-type': 'application/x-ndjson' },
      payload: `${JSON.stringify({ ...EVENT, externalId: unique('s') })}\n`,
      success: 200,
    }),
    'POST /api/events::cloudevents': async () => ({
      url: '/api/events:cloudevents',
      headers: { 'content-type': 'application/cloudevents-batch+json' },
      payload: JSON.stringify([
        { specversion: '1.0', id: unique('c'), source: 'probe', type: 'probe.sent' },
      ]),
      success: 200,
    }),
    'GET /api/event-mappings': async () => ({ url: '/api/event-mappings', success: 200 }),
    'POST /api/event-mappings': async () => ({
      url: '/api/event-mappings',
      payload: {
        typePattern: `${unique('probe').replace(/[^a-z0-9]/g, '')}.*`,
        departmentId: await sharedDepartment(),
      },
      success: 201,
    }),
    'DELETE /api/event-mappings/:mappingId': async () => {
      const mapping = await createEventMapping(adminContext(), {
        typePattern: `${unique('gone').replace(/[^a-z0-9]/g, '')}.*`,
        departmentId: await sharedDepartment(),
        valueChainId: null,
        stageId: null,
      });
      return { url: `/api/event-mappings/${mapping.id}`, success: 204, targetsObject: true };
    },
  };
}
