import { createValueChain, getPublicCharter, replaceValueChainStages } from '@customeric/services';
import type { TSignedIn, TTestDatabase, TTestOrganization } from '@customeric/testing';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiTest, stopApiTest } from '../testing/api-test.ts';
import {
  ANSWER_RULE,
  complaintEvent,
  ingest,
  insertCustomer,
  insertPromiseWorld,
  runPromiseJobs,
} from '../testing/promises-kit.ts';

const HOUR = 3_600_000;
const NOW = Date.now();
const A = NOW - 40 * 24 * HOUR;
const B = NOW - 10 * 24 * HOUR;

/** The plan, and what a person counting by hand expects of it. */
type TComplaint = { customer: 'small' | 'big'; at: number; answeredAfter: number | null };
const PLAN: TComplaint[] = [
  { customer: 'small', at: A, answeredAfter: 2 },
  { customer: 'small', at: A + HOUR, answeredAfter: 1 },
  { customer: 'small', at: A + 2 * HOUR, answeredAfter: 6 },
  { customer: 'small', at: B, answeredAfter: 1 },
  { customer: 'small', at: B + HOUR, answeredAfter: null },
  { customer: 'big', at: B, answeredAfter: 3 },
  { customer: 'big', at: B + 2 * HOUR, answeredAfter: 3 },
  { customer: 'big', at: NOW - HOUR, answeredAfter: null },
];
const statusOf = (c: TComplaint) => {
  if (c.answeredAfter !== null) return c.answeredAfter <= 4 ? 'kept' : 'broken';
  return c.at + 4 * HOUR < NOW ? 'broken' : 'open';
};
const month = (at: number) => `${new Date(at).toISOString().slice(0, 7)}-01`;

let test: TTestDatabase;
let app: FastifyInstance;
let org: TTestOrganization;
let admin: TSignedIn;
let customers: Record<TComplaint['customer'], string>;
let chain: { id: string; stages: { id: string; name: string }[] };

const get = async (url: string) => (await app.inject({ url, headers: admin.headers })).json();

beforeAll(async () => {
  ({ test, app, org, admin } = await startApiTest());
  const orgId = org.organization.id;
  const world = await insertPromiseWorld(test.database, orgId, { headUserId: org.admin.id });
  const sales = await insertPromiseWorld(test.database, orgId);
  customers = {
    small: world.customerId,
    big: await insertCustomer(test.database, orgId, 'Enterprise'),
  };
  const context = { database: test.database, actor: org.actor };
  const created = await createValueChain(context, {
    name: 'Complaints',
    description: null,
    managerId: null,
  });
  chain = await replaceValueChainStages(context, created.id, {
    stages: [
      { name: 'Complain', description: null, ownerDepartmentIds: [sales.departmentId] },
      { name: 'Get an answer', description: null, ownerDepartmentIds: [world.departmentId] },
    ],
  });
  await app.inject({
    method: 'POST',
    url: '/api/promises',
    headers: admin.headers,
    payload: {
      customerWording: 'You will get a first answer to any complaint within 4 hours.',
      internalName: 'First answer within 4 hours',
      ownerDepartmentId: world.departmentId,
      valueChainId: chain.id,
      stageId: chain.stages[1]?.id,
      rule: ANSWER_RULE,
    },
  });
  await runPromiseJobs(test.database, orgId);
  const events = PLAN.flatMap((c, index) => {
    const received = {
      ...complaintEvent(customers[c.customer], 'complaint.received', `K-${index}`, new Date(c.at)),
      valueChain: chain.id,
      stage: 'Complain',
    };
    if (c.answeredAfter === null) return [received];
    const answeredAt = new Date(c.at + c.answeredAfter * HOUR);
    return [
      received,
      complaintEvent(customers[c.customer], 'complaint.answered', `K-${index}`, answeredAt),
    ];
  });
  await ingest(app, admin.headers, events);
  await runPromiseJobs(test.database, orgId);
});
afterAll(() => stopApiTest({ app, test }));

const count = (filter: (c: TComplaint) => boolean, status: string) =>
  PLAN.filter((c) => filter(c) && statusOf(c) === status).length;
const counts = (filter: (c: TComplaint) => boolean) => ({
  kept: count(filter, 'kept'),
  broken: count(filter, 'broken'),
  open: count(filter, 'open'),
});

describe('preview', () => {
  const preview = (days: number) =>
    app.inject({
      method: 'POST',
      url: '/api/promises/preview',
      headers: admin.headers,
      payload: { rule: ANSWER_RULE, days },
    });

  it('counts what a person counts by hand, with examples of each', async () => {
    const result = (await preview(90)).json();
    expect(result).toMatchObject({ ...counts(() => true), subjects: PLAN.length });
    expect(result.examples.kept).toHaveLength(5);
    expect(result.examples.broken).toHaveLength(counts(() => true).broken);
    expect(result.examples.broken[0].events.map((e: { type: string }) => e.type)).toContain(
      'complaint.received',
    );
    expect(result.examples.open[0].customerId).toBe(customers.big);
    const recent = (await preview(20)).json();
    expect(recent).toMatchObject(counts((c) => c.at >= NOW - 20 * 24 * HOUR));
  });

  it('names the bad field of a draft rule', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/promises/preview',
      headers: admin.headers,
      payload: { rule: { ...ANSWER_RULE, subject: { kind: 'attribute' } } },
    });
    expect(response.statusCode).toBe(400);
    expect(JSON.stringify(response.json().errors)).toContain('/rule/subject');
  });
});

describe('compliance', () => {
  it('counts kept, broken and open per promise and month, as the plan says', async () => {
    const report = await get('/api/promise-compliance?groupBy=promise&period=month');
    expect(report.totals).toMatchObject(counts(() => true));
    const [group] = report.groups;
    expect(group).toMatchObject({ name: 'First answer within 4 hours', targetRate: 0.95 });
    for (const point of group.series)
      expect(point, point.period).toMatchObject(counts((c) => month(c.at) === point.period));
  });

  it('splits by segment and by customer', async () => {
    const bySegment = await get('/api/promise-compliance?groupBy=segment');
    const small = bySegment.groups.find((g: { name: string }) => g.name === 'Small business');
    expect(small).toMatchObject(counts((c) => c.customer === 'small'));
    const byCustomer = await get(
      `/api/promise-compliance?groupBy=customer&customerId=${customers.big}`,
    );
    expect(byCustomer.groups).toHaveLength(1);
    expect(byCustomer.groups[0]).toMatchObject(counts((c) => c.customer === 'big'));
  });

  it('shows the customer 360 its kept and broken promises', async () => {
    const mine = await get(`/api/customers/${customers.small}/promises`);
    expect(mine.totals).toMatchObject(counts((c) => c.customer === 'small'));
    expect(mine.activeBreaches).toBe(counts((c) => c.customer === 'small').broken);
    expect(mine.recent).toHaveLength(PLAN.filter((c) => c.customer === 'small').length);
  });

  it('places breaches on the stage and across the handoff of the value chain map', async () => {
    const got = await get(`/api/org/value-chains/${chain.id}`);
    const broken = counts(() => true).broken;
    expect(got.breaches.stages[1]).toMatchObject({ breaches: broken, ...counts(() => true) });
    expect(got.breaches.handoffs).toEqual([
      expect.objectContaining({ afterIndex: 0, breaches: broken }),
    ]);
  });
});

describe('exports', () => {
  it('streams the outcomes and breaches as CSV, one row each, with the filters applied', async () => {
    const outcomes = await app.inject({
      url: '/api/promise-outcomes/export',
      headers: admin.headers,
    });
    expect(outcomes.headers['content-type']).toContain('text/csv');
    const lines = outcomes.body.trim().split('\n');
    expect(lines[0]).toContain('promise,customer,customer_id');
    expect(lines).toHaveLength(PLAN.length + 1);
    const broken = await app.inject({
      url: '/api/promise-breaches/export',
      headers: admin.headers,
    });
    expect(broken.body.trim().split('\n')).toHaveLength(counts(() => true).broken + 1);
    const small = await app.inject({
      url: `/api/promise-outcomes/export?customerId=${customers.big}&status=kept`,
      headers: admin.headers,
    });
    expect(small.body.trim().split('\n')).toHaveLength(
      counts((c) => c.customer === 'big').kept + 1,
    );
  });

  it('pages the outcome list with a cursor, newest first, without repeats', async () => {
    const first = await get('/api/promise-outcomes?limit=3');
    const second = await get(`/api/promise-outcomes?limit=10&cursor=${first.nextCursor}`);
    const all = [...first.items, ...second.items].map((item: { key: string }) => item.key);
    expect(new Set(all).size).toBe(PLAN.length);
    expect(second.nextCursor).toBeNull();
    const started = [...first.items, ...second.items].map(
      (item: { startedAt: string }) => item.startedAt,
    );
    expect(started).toEqual([...started].sort().reverse());
  });
});

describe('public charter', () => {
  it('shows the promises in customer wording without log-in, and nothing internal', async () => {
    const response = await app.inject({ url: `/api/public/charters/${org.organization.slug}` });
    expect(response.statusCode).toBe(200);
    const charter = response.json();
    expect(charter.promises).toEqual([
      expect.objectContaining({
        wording: 'You will get a first answer to any complaint within 4 hours.',
        valueChain: 'Complaints',
        stage: 'Get an answer',
      }),
    ]);
    for (const secret of ['First answer within 4 hours', 'prm_', 'dep_', 'complaint.received'])
      expect(response.body).not.toContain(secret);
    expect((await app.inject({ url: '/api/public/charters/no-such-org' })).statusCode).toBe(404);
  });

  it("gives last quarter's compliance", async () => {
    const quarterOf = (at: number) => {
      const date = new Date(at);
      return Date.UTC(date.getUTCFullYear(), Math.floor(date.getUTCMonth() / 3) * 3, 1);
    };
    const start = quarterOf(B);
    const next = new Date(start);
    next.setUTCMonth(next.getUTCMonth() + 3);
    const charter = await getPublicCharter(test.database, org.organization.slug, next);
    const inQuarter = counts((c) => quarterOf(c.at) === start);
    expect(charter.promises[0]).toMatchObject({ kept: inQuarter.kept, broken: inQuarter.broken });
  });
});
