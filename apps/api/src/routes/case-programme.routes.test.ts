import type { TProgrammeAssignment } from '@customeric/contracts';
import { newId, withTenant } from '@customeric/db';
import {
  createCase,
  createCustomer,
  getProgrammeOverview,
  remindOverdueAssignments,
  runProgrammeAssignment,
  type TMailer,
} from '@customeric/services';
import { signIn, type TSignedIn } from '@customeric/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiTest, stopApiTest, type TApiTest } from '../testing/api-test.ts';
import { insertExecutive, smtpMailer } from '../testing/case-programme-kit.ts';
import { createCasesWorld, type TCasesWorld } from '../testing/cases-world.ts';
import { startSmtpInbox, type TSmtpInbox } from '../testing/smtp-inbox.ts';

let inbox: TSmtpInbox;
let mailer: TMailer;
let started: TApiTest;
let world: TCasesWorld;
let ana: { id: string; email: string };
let ben: { id: string; email: string };
let carl: { id: string; email: string };
let anaIn: TSignedIn;
let benIn: TSignedIn;
let customers: Record<'globex' | 'initech' | 'umbrella' | 'hooli', string>;
const unpicked: string[] = [];

const context = () => ({ database: started.test.database, actor: started.org.actor });
const orgId = () => started.org.organization.id;

async function customer(name: string) {
  const created = await createCustomer(context(), {
    name,
    segment: null,
    relationshipLevel: 'solution',
    ownerUserId: null,
    status: 'active',
    startedOn: null,
    churnedOn: null,
    churnReason: null,
    externalKeys: [],
  });
  return created.id;
}

async function openCase(customerId: string, departmentId: string, subject: string) {
  const created = await createCase(context(), {
    customerId,
    subject,
    description: null,
    category: 'billing',
    priority: 'normal',
    departmentId,
    ownerUserId: null,
    frontOwnerUserId: null,
  });
  return created.id;
}

/** A case opened from a broken promise, as the promises module opens them. */
async function openPromiseCase(customerId: string, departmentId: string) {
  await withTenant(started.test.database, orgId(), (tx) =>
    tx.execute(sql`
      INSERT INTO cases (org_id, id, customer_id, subject, category, priority, status_key,
        status_category, department_id, department_since, opening_department_id, source_kind,
        source_ref, opened_at)
      VALUES (${orgId()}, ${newId('cas')}, ${customerId}, 'Invoice does not match the order',
        'billing', 'normal', 'new', 'open', ${departmentId}, now(), ${departmentId}, 'promise',
        ${newId('brc')}, now())`),
  );
}

/** A year of invoices makes Globex the most valuable customer. */
async function invoice(customerId: string, amount: number) {
  await withTenant(started.test.database, orgId(), (tx) =>
    tx.execute(sql`
      INSERT INTO events (org_id, source, external_id, customer_id, type, occurred_at, amount, attributes)
      VALUES (${orgId()}, 'erp', ${newId('inv')}, ${customerId}, 'invoice.issued',
        now() - interval '30 days', ${amount}, '{}')`),
  );
}

beforeAll(async () => {
  inbox = await startSmtpInbox();
  mailer = smtpMailer(inbox.url);
  started = await startApiTest({ mailer });
  world = await createCasesWorld(started);
  const { service, billing, delivery } = world.departments;
  ana = await insertExecutive(started, 'department_head', billing, 'Ana Head of Billing');
  ben = await insertExecutive(started, 'ceo', null, 'Ben CEO');
  carl = await insertExecutive(started, 'executive', delivery, 'Carl COO');
  [anaIn, benIn] = [await signIn(started.app, ana.email), await signIn(started.app, ben.email)];
  customers = {
    globex: await customer('Globex'),
    initech: await customer('Initech'),
    umbrella: await customer('Umbrella'),
    hooli: await customer('Hooli'),
  };
  await invoice(customers.globex, 250_000);
  // Initech calls again and again: four cases in the last weeks.
  for (const [index, department] of [billing, billing, service, delivery].entries())
    await openCase(customers.initech, department, `Initech problem ${index + 1}`);
  for (const [index, department] of [billing, delivery].entries())
    await openCase(customers.globex, department, `Globex problem ${index + 1}`);
  await openPromiseCase(customers.umbrella, billing);
  // One case for a customer no rule picks: it stays with its department.
  unpicked.push(await openCase(customers.hooli, service, 'Hooli question'));
});
afterAll(async () => {
  mailer.close();
  await stopApiTest(started);
  await inbox.close();
});

async function assignments(as: TSignedIn, query = ''): Promise<TProgrammeAssignment[]> {
  const response = await started.app.inject({
    url: `/api/case-programme/assignments${query}`,
    headers: as.headers,
  });
  expect(response.statusCode).toBe(200);
  return response.json().items;
}

describe('the monthly assignment', () => {
  it('assigns each complaint once when two runs start at the same moment', async () => {
    const [first, second] = await Promise.all([
      runProgrammeAssignment(started.test.database, { orgId: orgId() }, mailer),
      runProgrammeAssignment(started.test.database, { orgId: orgId() }, mailer),
    ]);
    // Seven complaints qualify for three executives with a quota of three each.
    expect(first.assigned + second.assigned).toBe(7);
    expect(Math.max(first.runs, second.runs)).toBe(2);
    const all = await assignments(started.admin);
    expect(all).toHaveLength(7);
    expect(new Set(all.map((item) => item.caseId)).size).toBe(7);
    expect(all.map((item) => item.caseId)).not.toContain(unpicked[0]);
  });

  it('follows the rules: quota, reasons, never only the executive’s own department', async () => {
    const all = await assignments(started.admin);
    for (const person of [ana, ben, carl]) {
      const mine = all.filter((item) => item.executiveUserId === person.id);
      expect(mine.length).toBeLessThanOrEqual(3);
      expect(mine.length).toBeGreaterThanOrEqual(2);
    }
    const anas = all.filter((item) => item.executiveUserId === ana.id);
    expect(anas.some((item) => item.departmentId !== world.departments.billing)).toBe(true);
    const globex = all.find((item) => item.customerName === 'Globex');
    expect(globex?.reasons).toContain('high_value');
    expect(all.find((item) => item.customerName === 'Umbrella')?.reasons).toEqual([
      'broken_promise',
    ]);
    expect(all.find((item) => item.customerName === 'Initech')?.reasons).toEqual([
      'repeated_contact',
    ]);
  });

  it('e-mails each executive the complaints that are theirs this month', async () => {
    await inbox.waitFor(3);
    const toAna = inbox.received.find((mail) => mail.to.includes(ana.email));
    expect(toAna?.subject).toMatch(/^Complaints to handle personally in \w+ \d{4}$/);
    expect(toAna?.text).toContain('https://customeric.acme.test/cases/programme');
  });

  it('changes nothing when run again from the button, and says who is short', async () => {
    const response = await started.app.inject({
      method: 'POST',
      url: '/api/case-programme/runs',
      headers: started.admin.headers,
      payload: {},
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ assigned: 0, runs: 3 });
    expect(response.json().short.map((entry: { missing: number }) => entry.missing)).toEqual([
      1, 1,
    ]);
    expect(await assignments(started.admin)).toHaveLength(7);
  });

  it('refuses a month that has passed, and people who do not run the programme', async () => {
    const past = await started.app.inject({
      method: 'POST',
      url: '/api/case-programme/runs',
      headers: started.admin.headers,
      payload: { month: '2025-01' },
    });
    expect(past.statusCode).toBe(400);
    expect(past.json().detail).toContain('not for 2025-01');
    const employee = await started.app.inject({
      method: 'POST',
      url: '/api/case-programme/runs',
      headers: world.agent.headers,
      payload: {},
    });
    expect(employee.statusCode).toBe(403);
  });
});

describe('handling complaints personally', () => {
  it('completes the executive’s own assignment, once', async () => {
    const [mine] = await assignments(anaIn, '?executiveUserId=me');
    const url = `/api/cases/${mine?.caseId}/personal-handlings`;
    const payload = {
      notes: 'Called the customer: the credit note had been sent to an old address.',
    };
    const handled = await started.app.inject({
      method: 'POST',
      url,
      headers: anaIn.headers,
      payload,
    });
    expect(handled.statusCode).toBe(201);
    expect(handled.json()).toMatchObject({
      userName: 'Ana Head of Billing',
      assignmentId: mine?.id,
    });
    const again = await started.app.inject({
      method: 'POST',
      url,
      headers: anaIn.headers,
      payload,
    });
    expect(again.statusCode).toBe(409);
    const after = await assignments(anaIn, `?executiveUserId=me&status=handled`);
    expect(after.map((item) => item.handlingNotes)).toEqual([payload.notes]);
  });

  it('records someone else who picks the complaint up, without completing another’s assignment', async () => {
    const [anas] = await assignments(anaIn, '?executiveUserId=me&status=open');
    const response = await started.app.inject({
      method: 'POST',
      url: `/api/cases/${anas?.caseId}/personal-handlings`,
      headers: benIn.headers,
      payload: { notes: 'Sat in on the call with the customer.' },
    });
    expect(response.json()).toMatchObject({ userName: 'Ben CEO', assignmentId: null });
    const onCase = await started.app.inject({
      url: `/api/cases/${anas?.caseId}/programme`,
      headers: world.agent.headers,
    });
    expect(onCase.json().assignment).toMatchObject({
      executiveName: 'Ana Head of Billing',
      handledAt: null,
    });
    expect(onCase.json().handlings.map((item: { userName: string }) => item.userName)).toEqual([
      'Ben CEO',
    ]);
  });
});

describe('calls listened to and the learnings', () => {
  it('logs a call with what was learned and shows it in the feed, newest day first', async () => {
    const response = await started.app.inject({
      method: 'POST',
      url: '/api/case-programme/calls',
      headers: anaIn.headers,
      payload: {
        listenedOn: new Date().toISOString().slice(0, 10),
        customerId: customers.initech,
        departmentId: world.departments.service,
        minutes: 12,
        learned: 'The customer had explained the same problem three times to three people.',
      },
    });
    expect(response.statusCode).toBe(201);
    const feed = await started.app.inject({
      url: '/api/case-programme/learnings?limit=2',
      headers: benIn.headers,
    });
    // Today's two handlings, then the call (dated today, without a time of day).
    const items = feed.json().items as { kind: string }[];
    expect(items.map((item) => item.kind)).toEqual(['handling', 'handling']);
    expect(feed.json().nextCursor).not.toBeNull();
    const next = await started.app.inject({
      url: `/api/case-programme/learnings?limit=2&cursor=${feed.json().nextCursor}`,
      headers: benIn.headers,
    });
    expect(next.json().items).toMatchObject([
      {
        kind: 'call',
        call: { userName: 'Ana Head of Billing', customerName: 'Initech', minutes: 12 },
      },
    ]);
  });

  it('refuses a call in the future and a case of another customer', async () => {
    const [someCase] = await assignments(started.admin, '?status=open');
    const base = { customerId: customers.hooli, learned: 'Something' };
    const future = await started.app.inject({
      method: 'POST',
      url: '/api/case-programme/calls',
      headers: anaIn.headers,
      payload: { ...base, listenedOn: '2099-01-01' },
    });
    expect(future.statusCode).toBe(400);
    const wrong = await started.app.inject({
      method: 'POST',
      url: '/api/case-programme/calls',
      headers: anaIn.headers,
      payload: { ...base, listenedOn: '2026-01-05', caseId: someCase?.caseId },
    });
    expect(wrong.json().errors).toEqual([
      { pointer: '/caseId', message: 'is not a case of the customer' },
    ]);
  });
});

describe('completion and reminders', () => {
  it('shows completion per executive and month', async () => {
    const response = await started.app.inject({
      url: '/api/case-programme/overview?months=3',
      headers: benIn.headers,
    });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.quota).toBe(3);
    const anaRow = body.executives.find((row: { userId: string }) => row.userId === ana.id);
    expect(anaRow.cells.at(-1)).toMatchObject({ handled: 1, overdue: 0, calls: 1 });
    expect(body.totals).toMatchObject({ assigned: 7, handled: 1, calls: 1 });
  });

  it('reminds executives of overdue complaints once a day, and counts them overdue', async () => {
    const later = new Date(Date.now() + 20 * 86_400_000);
    const before = inbox.received.length;
    const first = await remindOverdueAssignments(
      started.test.database,
      { orgId: orgId(), now: later },
      mailer,
    );
    expect(first).toEqual({ assignments: 6, executives: 3 });
    await inbox.waitFor(before + 3);
    const reminder = inbox.received.slice(before).find((mail) => mail.to.includes(ana.email));
    expect(reminder?.subject).toMatch(/^Reminder: \d complaints? (is|are) waiting for you$/);
    const sameDay = await remindOverdueAssignments(
      started.test.database,
      { orgId: orgId(), now: later },
      mailer,
    );
    expect(sameDay.assignments).toBe(0);
    const overview = await getProgrammeOverview(context(), { months: 2 }, later);
    expect(overview.totals.overdue).toBe(6);
  });
});
