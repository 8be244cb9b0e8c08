import { newId, schema, type TDatabase, withTenant } from '@customeric/db';
import { createCase, createClockPolicy, createDepartment, type TActor } from '@customeric/services';

interface TProgrammeProbe {
  url: string;
  payload?: unknown;
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
const unique = (text: string) => `${text} ${Date.now().toString(36)}-${++counter}`;

/**
 * The authorization matrix's probes for clocks and escalations, the executive programme, the
 * closed loop and bridge people. Actions that may happen once per person and case (a personal
 * handling) or once per case (closing a loop) get a fresh case for every caller.
 */
export function caseProgrammeProbes(
  world: () => TProbeWorld,
): Record<string, () => Promise<TProgrammeProbe>> {
  const adminContext = () => ({ database: world().database, actor: world().orgA.actor });
  let shared: {
    customerId: string;
    departmentId: string;
    caseId: string;
    policyId: string;
  } | null = null;
  const freshCase = async () => {
    const { customerId, departmentId } = await setUp();
    return (
      await createCase(adminContext(), {
        customerId,
        subject: unique('Programme probe'),
        description: null,
        category: 'service',
        priority: 'normal',
        departmentId,
        ownerUserId: null,
        frontOwnerUserId: null,
      })
    ).id;
  };
  async function setUp() {
    if (shared) return shared;
    const { database, orgA, orgB } = world();
    // The same customer id in both organisations: B's administrator logs a call on B's own.
    const customerId = newId('cus');
    for (const org of [orgA, orgB])
      await withTenant(database, org.organization.id, (tx) =>
        tx.insert(schema.customers).values({
          orgId: org.organization.id,
          id: customerId,
          name: 'Programme probe customer',
          relationshipLevel: 'transactional',
          status: 'active',
        }),
      );
    const department = await createDepartment(adminContext(), {
      name: unique('Programme probe desk'),
      function: 'service',
      customerFacing: true,
      customerDepartmentLine: 'none',
      headId: null,
    });
    const policy = await createClockPolicy(adminContext(), policyBody('Probe policy'));
    shared = { customerId, departmentId: department.id, caseId: '', policyId: policy.id };
    shared.caseId = await freshCase();
    return shared;
  }
  /** A case opened from a survey answer, whose loop is still open. */
  const followUpCase = async () => {
    const caseId = await freshCase();
    const { database, orgA } = world();
    await withTenant(database, orgA.organization.id, (tx) =>
      tx.insert(schema.caseFollowUps).values({
        orgId: orgA.organization.id,
        caseId,
        answerId: `ans_${Date.now()}${++counter}`,
        surveyKind: 'nps',
        score: 2,
      }),
    );
    return caseId;
  };
  const caseUrl = async (tail: string) => `/api/cases/${(await setUp()).caseId}${tail}`;
  return {
    'GET /api/case-clock-policies': async () => ({ url: '/api/case-clock-policies', success: 200 }),
    'POST /api/case-clock-policies': async () => ({
      url: '/api/case-clock-policies',
      payload: policyBody(unique('Probe policy')),
      success: 201,
    }),
    'PUT /api/case-clock-policies/:policyId': async () => ({
      url: `/api/case-clock-policies/${(await setUp()).policyId}`,
      payload: policyBody(unique('Probe policy renamed')),
      success: 200,
      targetsObject: true,
    }),
    'GET /api/cases/:caseId/clocks': async () => ({
      url: await caseUrl('/clocks'),
      success: 200,
      targetsObject: true,
    }),
    'GET /api/case-escalations': async () => ({ url: '/api/case-escalations', success: 200 }),
    'GET /api/case-programme/settings': async () => ({
      url: '/api/case-programme/settings',
      success: 200,
    }),
    'PUT /api/case-programme/settings': async () => ({
      url: '/api/case-programme/settings',
      payload: { monthlyQuota: 1 + (counter++ % 5), closedLoopEnabled: true },
      success: 200,
    }),
    'GET /api/case-programme/overview': async () => ({
      url: '/api/case-programme/overview',
      success: 200,
    }),
    'GET /api/case-programme/assignments': async () => ({
      url: '/api/case-programme/assignments?status=open',
      success: 200,
    }),
    'POST /api/case-programme/runs': async () => ({
      url: '/api/case-programme/runs',
      payload: {},
      success: 200,
    }),
    'GET /api/case-programme/learnings': async () => ({
      url: '/api/case-programme/learnings',
      success: 200,
    }),
    'POST /api/case-programme/calls': async () => ({
      url: '/api/case-programme/calls',
      payload: {
        listenedOn: new Date().toISOString().slice(0, 10),
        customerId: (await setUp()).customerId,
        learned: 'Probe learning',
      },
      success: 201,
    }),
    'GET /api/cases/:caseId/programme': async () => ({
      url: await caseUrl('/programme'),
      success: 200,
      targetsObject: true,
    }),
    'POST /api/cases/:caseId/personal-handlings': async () => ({
      url: `/api/cases/${await freshCase()}/personal-handlings`,
      payload: { notes: 'Probe handling' },
      success: 201,
      targetsObject: true,
    }),
    'GET /api/cases/:caseId/follow-up': async () => ({
      url: await caseUrl('/follow-up'),
      success: 200,
      targetsObject: true,
    }),
    'POST /api/cases/:caseId/follow-up/close': async () => ({
      url: `/api/cases/${await followUpCase()}/follow-up/close`,
      payload: { actionTaken: 'Probe call', customerContacted: false, rootCause: 'Probe cause' },
      success: 200,
      targetsObject: true,
    }),
    'GET /api/case-bridges': async () => ({ url: '/api/case-bridges', success: 200 }),
  };
}

function policyBody(name: string) {
  return {
    name,
    position: 0,
    priorities: [],
    categories: [],
    sourceKinds: [],
    calendarId: null,
    clocks: [{ kind: 'handoffs' as const, max: 2, promiseId: null }],
    warnAtPercent: 75,
    escalations: [],
    active: true,
  };
}
