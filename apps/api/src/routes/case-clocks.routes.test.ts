import type { TCaseClocks } from '@customeric/contracts';
import {
  checkCaseClocks,
  checkCaseClocksJob,
  createCase,
  handOffCase,
  type TMailer,
} from '@customeric/services';
import { insertUser } from '@customeric/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiTest, stopApiTest, type TApiTest } from '../testing/api-test.ts';
import {
  insertBerlinCalendar,
  postClockPolicy,
  smtpMailer,
} from '../testing/case-programme-kit.ts';
import { createCasesWorld, type TCasesWorld } from '../testing/cases-world.ts';
import { startSmtpInbox, type TReceivedMail, type TSmtpInbox } from '../testing/smtp-inbox.ts';

let inbox: TSmtpInbox;
let mailer: TMailer;
let started: TApiTest;
let world: TCasesWorld;
let cco: { id: string; email: string };
let deliveryHead: { id: string; email: string };
let caseId: string;

/** Berlin wall time in November (UTC+1). */
const local = (text: string) => new Date(`${text}+01:00`);
const context = () => ({ database: started.test.database, actor: started.org.actor });
/** The first mail that matches, waiting for more to arrive until it does. */
async function waitForMail(matches: (mail: TReceivedMail) => boolean): Promise<TReceivedMail> {
  for (let attempt = 0; attempt < 20; attempt++) {
    const found = inbox.received.find(matches);
    if (found) return found;
    await inbox.waitFor(inbox.received.length + 1, 500).catch(() => undefined);
  }
  throw new Error('the expected e-mail never arrived');
}
const clockMails = () => inbox.received.filter((mail) => /^(Clock|Escalated)/.test(mail.subject));

beforeAll(async () => {
  inbox = await startSmtpInbox();
  mailer = smtpMailer(inbox.url);
  started = await startApiTest({ mailer: null });
  world = await createCasesWorld(started);
  cco = await insertUser(started.test.database, started.org, { role: 'cco', name: 'Daniel CCO' });
  deliveryHead = await insertUser(started.test.database, started.org, {
    role: 'department_head',
    departmentId: world.departments.delivery,
    name: 'Dora Head',
  });
  // Monday 23 November is a holiday in this calendar.
  await insertBerlinCalendar(started, ['2026-11-23']);
  await postClockPolicy(started.app, started.admin, {
    name: 'Complaints',
    clocks: [
      { kind: 'first_answer', target: { amount: 4, unit: 'business_hours' } },
      { kind: 'resolution', target: { amount: 2, unit: 'business_days' } },
      { kind: 'handoffs', max: 1 },
    ],
    warnAtPercent: 75,
    escalations: [
      {
        level: 1,
        clock: 'resolution',
        trigger: { kind: 'elapsed', percent: 50 },
        notify: { kind: 'person', userId: world.people.biller.id },
      },
      {
        level: 2,
        clock: 'first_answer',
        trigger: { kind: 'breached', afterMinutes: 0 },
        notify: { kind: 'role', role: 'cco' },
      },
      {
        level: 3,
        clock: 'handoffs',
        trigger: { kind: 'breached', afterMinutes: 0 },
        notify: { kind: 'role', role: 'department_head' },
      },
    ],
  });
  // Friday 20 November, 16:00 in Berlin: one business hour before the weekend and the holiday.
  caseId = (
    await createCase(context(), {
      customerId: world.customerId,
      subject: 'Invoice twice the order',
      description: null,
      category: 'billing',
      priority: 'high',
      departmentId: world.departments.service,
      ownerUserId: world.people.agent.id,
      frontOwnerUserId: null,
      openedAt: local('2026-11-20T16:00').toISOString(),
    })
  ).id;
});
afterAll(async () => {
  mailer.close();
  await stopApiTest(started);
  await inbox.close();
});

describe('clocks on business hours', () => {
  it('skips the weekend and the holiday: the first answer is due Tuesday 12:00', async () => {
    const { getCaseClocks } = await import('@customeric/services');
    const clocks: TCaseClocks = await getCaseClocks(context(), caseId, local('2026-11-24T11:00'));
    const [firstAnswer, resolution, handoffs] = clocks.clocks;
    expect(clocks.calendar).toEqual({ name: 'Berlin office', timeZone: 'Europe/Berlin' });
    expect(firstAnswer).toMatchObject({
      kind: 'first_answer',
      state: 'running',
      elapsedMinutes: 180,
      remainingMinutes: 60,
      percent: 75,
    });
    expect(firstAnswer?.dueAt).toBe(local('2026-11-24T12:00').toISOString());
    // Two business days from Friday 16:00, Monday off: Wednesday 16:00.
    expect(resolution?.dueAt).toBe(local('2026-11-25T16:00').toISOString());
    expect(handoffs).toMatchObject({ kind: 'handoffs', state: 'running', count: 0, max: 1 });
  });

  it('shows the clocks on the case through the API', async () => {
    const response = await started.app.inject({
      url: `/api/cases/${caseId}/clocks`,
      headers: world.agent.headers,
    });
    expect(response.statusCode).toBe(200);
    expect(response.json().policy.name).toBe('Complaints');
    expect(response.json().clocks.map((clock: { kind: string }) => clock.kind)).toEqual([
      'first_answer',
      'resolution',
      'handoffs',
    ]);
  });
});

describe('warnings and escalations, raised once', () => {
  it('warns the owner at 75 % and does not warn again on the next run', async () => {
    const first = await checkCaseClocks(
      started.test.database,
      { orgId: started.org.organization.id, now: local('2026-11-24T11:00') },
      mailer,
    );
    expect(first).toMatchObject({ cases: 1, raised: 1 });
    const [warning] = await inbox.waitFor(1).then(clockMails);
    expect(warning?.to).toEqual([world.people.agent.email]);
    expect(warning?.subject).toBe('Clock warning: Invoice twice the order');
    expect(warning?.text).toContain(
      'First answer within 4 business hours: 75 % used, due Tue 24 Nov, 12:00',
    );
    const again = await checkCaseClocks(
      started.test.database,
      { orgId: started.org.organization.id, now: local('2026-11-24T11:30') },
      mailer,
    );
    expect(again.raised).toBe(0);
    expect(clockMails()).toHaveLength(1);
  });

  it('records the breach and escalates it to the CCO', async () => {
    const result = await checkCaseClocks(
      started.test.database,
      { orgId: started.org.organization.id, now: local('2026-11-24T13:00') },
      mailer,
    );
    expect(result.raised).toBe(2);
    await inbox.waitFor(3);
    const escalated = clockMails().find((mail) => mail.to.includes(cco.email));
    expect(escalated?.subject).toBe('Escalated to you: Invoice twice the order');
    expect(escalated?.text).toContain('Escalation level 2: First answer within 4 business hours');
  });

  it('raises each alert once when two checks run at the same time', async () => {
    const at = { orgId: started.org.organization.id, now: local('2026-11-25T14:00') };
    const [a, b] = await Promise.all([
      checkCaseClocks(started.test.database, at, mailer),
      checkCaseClocks(started.test.database, at, mailer),
    ]);
    // Resolution at 87.5 %: level 1 (50 %, to the biller) and the warning (75 %).
    expect(a.raised + b.raised).toBe(2);
    const listed = await started.app.inject({
      url: '/api/case-escalations?limit=10',
      headers: world.agent.headers,
    });
    const rows = listed.json().items as {
      clock: string;
      kind: string;
      level: number;
      notified: { name: string }[];
    }[];
    expect(rows.map((row) => `${row.clock}:${row.kind}:${row.level}`).sort()).toEqual([
      'first_answer:breach:0',
      'first_answer:escalation:2',
      'first_answer:warning:0',
      'resolution:escalation:1',
      'resolution:warning:0',
    ]);
    expect(rows.find((row) => row.kind === 'escalation' && row.level === 1)?.notified).toEqual([
      { userId: world.people.biller.id, name: 'Amara Biller' },
    ]);
  });

  it('escalates the handoff that breaks "at most one" to the head of the department holding the case', async () => {
    for (const toDepartmentId of [world.departments.billing, world.departments.delivery])
      await handOffCase(context(), caseId, {
        toDepartmentId,
        toUserId: null,
        reason: 'Not ours',
        keepFrontOwner: true,
      });
    const result = await checkCaseClocks(
      started.test.database,
      { orgId: started.org.organization.id, now: local('2026-11-25T14:30') },
      mailer,
    );
    expect(result.raised).toBe(2);
    const escalated = await waitForMail(
      (mail) => mail.to.includes(deliveryHead.email) && mail.subject.startsWith('Escalated'),
    );
    expect(escalated.text).toContain('Escalation level 3: Handoffs: 2 of at most 1');
  });

  it('runs as the scheduled job for every organisation (without SMTP the mails are recorded as skipped)', async () => {
    const log: string[] = [];
    await checkCaseClocksJob.handler(
      { now: local('2026-11-26T16:00').toISOString() },
      {
        database: started.test.database,
        jobs: started.app.jobs,
        log: (message) => log.push(message),
      },
    );
    expect(log).toEqual([]);
    const listed = await started.app.inject({
      url: '/api/case-escalations?kind=breach',
      headers: world.agent.headers,
    });
    expect(
      listed
        .json()
        .items.map((row: { clock: string }) => row.clock)
        .sort(),
    ).toEqual(['first_answer', 'handoffs', 'resolution']);
  });
});
