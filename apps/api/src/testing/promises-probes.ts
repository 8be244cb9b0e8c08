import { newId, schema, type TDatabase, withTenant } from '@customeric/db';
import {
  createBusinessCalendar,
  createCustomer,
  createPromise,
  type TActor,
} from '@customeric/services';

interface TPromisesProbe {
  url: string;
  payload?: unknown;
  success: number;
  targetsObject?: boolean;
}

interface TProbeOrg {
  organization: { id: string; slug: string };
  actor: TActor;
}

interface TProbeWorld {
  database: TDatabase;
  orgA: TProbeOrg;
  orgB: TProbeOrg;
}

let counter = 0;
const unique = (text: string) => `${text} ${Date.now().toString(36)}-${++counter}`;

const RULE = {
  kind: 'never',
  scope: { type: 'invoice.issued' },
  event: { type: 'invoice.corrected' },
  subject: { kind: 'attribute', attribute: 'invoice' },
};

const WEEK = ([1, 2, 3, 4, 5] as const).map((day) => ({ day, open: '09:00', close: '17:00' }));

/**
 * The authorization matrix's probes for the promises module. A promise names its owner
 * department, and other tenants must succeed with their own: the probe department has the
 * same id in organisations A and B (keys are per organisation).
 */
export function promisesProbes(
  world: () => TProbeWorld,
): Record<string, () => Promise<TPromisesProbe>> {
  const context = () => ({ database: world().database, actor: world().orgA.actor });
  let departmentId: string | null = null;
  const sharedDepartment = async () => {
    if (departmentId) return departmentId;
    const id = newId('dep');
    for (const org of [world().orgA, world().orgB])
      await withTenant(world().database, org.organization.id, (tx) =>
        tx.insert(schema.departments).values({
          orgId: org.organization.id,
          id,
          name: 'Probe promise owners',
          function: 'billing',
          customerFacing: true,
        }),
      );
    departmentId = id;
    return id;
  };
  const promiseBody = async (overrides: Record<string, unknown> = {}) => ({
    customerWording: 'Your invoice is right the first time.',
    internalName: unique('Probe promise'),
    ownerKind: 'department' as const,
    ownerDepartmentId: await sharedDepartment(),
    valueChainId: null,
    stageId: null,
    targetRate: 0.95,
    rule: RULE,
    calendarId: null,
    active: true,
    ...overrides,
  });
  let promise: { id: string; evaluationId: string } | null = null;
  const promiseOfA = async () => {
    if (promise) return promise;
    const created = await createPromise(context(), (await promiseBody()) as never);
    promise = { id: created.id, evaluationId: created.evaluation?.id as string };
    return promise;
  };
  /** A promise with no re-evaluation waiting, so a request may start one. */
  const idlePromise = async () => {
    const { id } = await createPromise(context(), (await promiseBody()) as never);
    await withTenant(world().database, world().orgA.organization.id, (tx) =>
      tx.$client.query(
        "UPDATE promise_evaluations SET status = 'succeeded' WHERE promise_id = $1",
        [id],
      ),
    );
    return id;
  };
  const calendar = async (isDefault = false) =>
    (
      await createBusinessCalendar(context(), {
        name: unique('Probe hours'),
        timeZone: 'Europe/Berlin',
        week: WEEK,
        holidays: [],
        isDefault,
      })
    ).id;
  let customerId: string | null = null;
  const customerOfA = async () => {
    customerId ??= (
      await createCustomer(context(), {
        name: 'Probe promise customer',
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
  let breachId: string | null = null;
  const breachOfA = async () => {
    if (breachId) return breachId;
    const id = newId('brc');
    const orgId = world().orgA.organization.id;
    const [promiseId, customer] = [(await promiseOfA()).id, await customerOfA()];
    await withTenant(world().database, orgId, (tx) =>
      tx.$client.query(
        `INSERT INTO promise_breaches (org_id, id, promise_id, outcome_key, customer_id,
           broken_at, reason, evidence_event_ids)
         VALUES ($1, $2, $3, 'INV-1:evt_1', $4, now(), 'The invoice was corrected', '{1}')`,
        [orgId, id, promiseId, customer],
      ),
    );
    breachId = id;
    return id;
  };
  const promiseUrl = async (tail = '') => `/api/promises/${(await promiseOfA()).id}${tail}`;
  return {
    'GET /api/business-calendars': async () => ({ url: '/api/business-calendars', success: 200 }),
    'POST /api/business-calendars': async () => ({
      url: '/api/business-calendars',
      payload: { name: unique('Probe calendar'), timeZone: 'UTC', week: WEEK },
      success: 201,
    }),
    'PATCH /api/business-calendars/:calendarId': async () => ({
      url: `/api/business-calendars/${await calendar()}`,
      payload: { name: unique('Renamed hours') },
      success: 200,
      targetsObject: true,
    }),
    'DELETE /api/business-calendars/:calendarId': async () => {
      await calendar(true);
      return {
        url: `/api/business-calendars/${await calendar()}`,
        success: 204,
        targetsObject: true,
      };
    },
    'GET /api/promises': async () => ({ url: '/api/promises', success: 200 }),
    'POST /api/promises': async () => ({
      url: '/api/promises',
      payload: await promiseBody(),
      success: 201,
    }),
    'POST /api/promises/preview': async () => ({
      url: '/api/promises/preview',
      payload: { rule: RULE, days: 30 },
      success: 200,
    }),
    'GET /api/promises/:promiseId': async () => ({
      url: await promiseUrl(),
      success: 200,
      targetsObject: true,
    }),
    'PATCH /api/promises/:promiseId': async () => ({
      url: await promiseUrl(),
      payload: { customerWording: unique('Your invoice is right') },
      success: 200,
      targetsObject: true,
    }),
    'DELETE /api/promises/:promiseId': async () => {
      const created = await createPromise(
        context(),
        (await promiseBody({ active: false })) as never,
      );
      return { url: `/api/promises/${created.id}`, success: 204, targetsObject: true };
    },
    'POST /api/promises/:promiseId/evaluations': async () => ({
      url: `/api/promises/${await idlePromise()}/evaluations`,
      success: 202,
      targetsObject: true,
    }),
    'GET /api/promises/:promiseId/evaluations/:evaluationId': async () => ({
      url: await promiseUrl(`/evaluations/${(await promiseOfA()).evaluationId}`),
      success: 200,
      targetsObject: true,
    }),
    'GET /api/promise-outcomes': async () => ({ url: '/api/promise-outcomes', success: 200 }),
    'GET /api/promise-outcomes/export': async () => ({
      url: '/api/promise-outcomes/export?status=broken',
      success: 200,
    }),
    'GET /api/promise-breaches': async () => ({ url: '/api/promise-breaches', success: 200 }),
    'GET /api/promise-breaches/export': async () => ({
      url: '/api/promise-breaches/export',
      success: 200,
    }),
    'GET /api/promise-breaches/:breachId': async () => ({
      url: `/api/promise-breaches/${await breachOfA()}`,
      success: 200,
      targetsObject: true,
    }),
    'GET /api/promise-compliance': async () => ({
      url: '/api/promise-compliance?groupBy=department&period=week',
      success: 200,
    }),
    'GET /api/customers/:customerId/promises': async () => ({
      url: `/api/customers/${await customerOfA()}/promises`,
      success: 200,
      targetsObject: true,
    }),
    'GET /api/public/charters/:orgSlug': async () => ({
      url: `/api/public/charters/${world().orgA.organization.slug}`,
      success: 200,
    }),
  };
}
