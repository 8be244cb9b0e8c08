import { newId, schema, type TDatabase, withTenant } from '@customeric/db';
import { createCase, createDepartment, type TActor } from '@customeric/services';

interface TCasesProbe {
  url: string;
  payload?: unknown;
  headers?: Record<string, string>;
  success: number;
  targetsObject?: boolean;
}

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

/**
 * The authorization matrix's probes for /api/cases, /api/case-views, /api/case-ledger,
 * /api/case-statuses and /api/case-settings. Every probe of a change gets a fresh case, so
 * each caller's request is valid; the customer has the same id in organisations A and B, so
 * opening a case succeeds for B's administrator too (on B's own customer).
 */
export function casesProbes(world: () => TProbeWorld): Record<string, () => Promise<TCasesProbe>> {
  const adminContext = () => ({ database: world().database, actor: world().orgA.actor });
  let shared: { customerId: string; service: string; billing: string; caseId: string } | null =
    null;
  const setUp = async () => {
    if (shared) return shared;
    const customerId = newId('cus');
    for (const org of [world().orgA, world().orgB])
      await withTenant(world().database, org.organization.id, (tx) =>
        tx.insert(schema.customers).values({
          orgId: org.organization.id,
          id: customerId,
          name: 'Probe customer',
          relationshipLevel: 'transactional',
          status: 'active',
        }),
      );
    const department = async (name: string, fn: 'service' | 'billing') =>
      (
        await createDepartment(adminContext(), {
          name,
          function: fn,
          customerFacing: true,
          customerDepartmentLine: 'none',
          headId: null,
        })
      ).id;
    const service = await department('Probe service', 'service');
    const billing = await department('Probe billing desk', 'billing');
    shared = { customerId, service, billing, caseId: '' };
    shared.caseId = await freshCase();
    return shared;
  };
  const freshCase = async () => {
    const { customerId, service } = shared ?? (await setUp());
    return (
      await createCase(adminContext(), {
        customerId,
        subject: unique('Probe case'),
        description: null,
        category: 'other',
        priority: 'normal',
        departmentId: service,
        ownerUserId: null,
        frontOwnerUserId: null,
      })
    ).id;
  };
  const caseUrl = async (tail = '') => `/api/cases/${(await setUp()).caseId}${tail}`;
  /** A view of this name for every person of A: each caller deletes their own. */
  const viewsForEveryone = async (name: string) => {
    const { database, orgA } = world();
    await withTenant(database, orgA.organization.id, async (tx) => {
      const people = await tx.select({ id: schema.users.id }).from(schema.users);
      await tx.insert(schema.caseViews).values(
        people.map((person) => ({
          orgId: orgA.organization.id,
          id: newId('viw'),
          userId: person.id,
          name,
          filters: {},
          sort: '-openedAt',
        })),
      );
    });
  };
  return {
    'GET /api/cases': async () => ({ url: '/api/cases?statusCategory=active', success: 200 }),
    'POST /api/cases': async () => ({
      url: '/api/cases',
      payload: { customerId: (await setUp()).customerId, subject: unique('Opened by probe') },
      success: 201,
    }),
    'GET /api/cases/:caseId': async () => ({
      url: await caseUrl(),
      success: 200,
      targetsObject: true,
    }),
    'PATCH /api/cases/:caseId': async () => ({
      url: `/api/cases/${await freshCase()}`,
      headers: { 'if-match': '"1"' },
      payload: { priority: 'high' },
      success: 200,
      targetsObject: true,
    }),
    'POST /api/cases/:caseId/transitions': async () => ({
      url: `/api/cases/${await freshCase()}/transitions`,
      payload: { to: 'in_progress' },
      success: 200,
      targetsObject: true,
    }),
    'POST /api/cases/:caseId/handoffs': async () => ({
      url: `/api/cases/${await freshCase()}/handoffs`,
      payload: { toDepartmentId: (await setUp()).billing, reason: 'Probe handoff' },
      success: 200,
      targetsObject: true,
    }),
    'POST /api/cases::bulk': async () => ({
      url: '/api/cases:bulk',
      payload: { ids: [await freshCase()], action: { kind: 'priority', priority: 'low' } },
      success: 200,
      targetsObject: true,
    }),
    'GET /api/cases/:caseId/comments': async () => ({
      url: await caseUrl('/comments'),
      success: 200,
      targetsObject: true,
    }),
    'POST /api/cases/:caseId/comments': async () => ({
      url: await caseUrl('/comments'),
      payload: { body: 'Probe comment' },
      success: 201,
      targetsObject: true,
    }),
    'GET /api/cases/:caseId/ledger': async () => ({
      url: await caseUrl('/ledger'),
      success: 200,
      targetsObject: true,
    }),
    'GET /api/case-views': async () => ({ url: '/api/case-views', success: 200 }),
    'PUT /api/case-views/:name': async () => ({
      url: `/api/case-views/${unique('probe')}`,
      payload: { filters: { statusCategory: 'open' }, sort: 'priority' },
      success: 200,
    }),
    'DELETE /api/case-views/:name': async () => {
      const name = unique('gone');
      await viewsForEveryone(name);
      return { url: `/api/case-views/${name}`, success: 204, targetsObject: true };
    },
    'GET /api/case-ledger/flows': async () => ({ url: '/api/case-ledger/flows', success: 200 }),
    'GET /api/case-ledger/held-times': async () => ({
      url: '/api/case-ledger/held-times?from=2026-01-01',
      success: 200,
    }),
    'GET /api/case-ledger/bounces': async () => ({ url: '/api/case-ledger/bounces', success: 200 }),
    'GET /api/case-statuses': async () => ({ url: '/api/case-statuses', success: 200 }),
    'POST /api/case-statuses': async () => ({
      url: '/api/case-statuses',
      payload: {
        key: unique('probe').replace(/[^a-z0-9]/g, '_'),
        name: 'Probe status',
        category: 'waiting',
      },
      success: 201,
    }),
    'PATCH /api/case-statuses/:statusKey': async () => ({
      url: '/api/case-statuses/waiting_supplier',
      payload: { name: unique('Waiting for a supplier') },
      success: 200,
    }),
    'GET /api/case-settings': async () => ({ url: '/api/case-settings', success: 200 }),
    'PUT /api/case-settings': async () => ({
      url: '/api/case-settings',
      payload: { defaultOlaHours: 20 + (counter++ % 10), departmentTargets: [] },
      success: 200,
    }),
  };
}
