import type { TProgrammeAssignment } from '@customeric/contracts';
import {
  getProgrammeOverview,
  remindOverdueAssignments,
  runProgrammeAssignment,
  type TMailer,
} from '@customeric/services';
import type { TSignedIn } from '@customeric/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiTest, stopApiTest, type TApiTest } from '../testing/api-test.ts';
import { smtpMailer } from '../testing/case-programme-kit.ts';
import { createProgrammeWorld, type TProgrammeWorld } from '../testing/programme-world.ts';
import { startSmtpInbox, type TSmtpInbox } from '../testing/smtp-inbox.ts';

let inbox: TSmtpInbox;
let mailer: TMailer;
let started: TApiTest;
let world: TProgrammeWorld;
let ana: { id: string; email: string };
let ben: { id: string; email: string };
let carl: { id: string; email: string };
let anaIn: TSignedIn;
let benIn: TSignedIn;

const context = () => ({ database: started.test.database, actor: started.org.actor });
const orgId = () => started.org.organization.id;

beforeAll(async () => {
  inbox = await startSmtpInbox();
  mailer = smtpMailer(inbox.url);
  started = await startApiTest({ mailer });
  world = await createProgrammeWorld(started);
  ({ anaIn, benIn } = world);
  ({ ana, ben, carl } = world.executives);
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
    expect(all.map((item) => item.caseId)).not.toContain(world.unpickedCaseId);
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
    expect(anaRow.cells.at(-1)).toMatchObject({ handled: 1, overdue: 0 });
    expect(body.totals).toMatchObject({ assigned: 7, handled: 1 });
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
