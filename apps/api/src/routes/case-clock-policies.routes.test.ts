import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiTest, stopApiTest, type TApiTest } from '../testing/api-test.ts';
import { postClockPolicy } from '../testing/case-programme-kit.ts';
import { createCasesWorld, type TCasesWorld } from '../testing/cases-world.ts';

let started: TApiTest;
let world: TCasesWorld;

beforeAll(async () => {
  started = await startApiTest({ mailer: null });
  world = await createCasesWorld(started);
});
afterAll(() => stopApiTest(started));

const save = (method: 'POST' | 'PUT', url: string, payload: Record<string, unknown>) =>
  started.app.inject({ method, url, headers: started.admin.headers, payload });

describe('clock policies', () => {
  it('refuses an escalation on a clock the policy does not run, and a person who does not exist', async () => {
    const level = { level: 1, trigger: { kind: 'elapsed', percent: 80 } };
    const refused = await save('POST', '/api/case-clock-policies', {
      name: 'Broken',
      clocks: [{ kind: 'handoffs', max: 2 }],
      escalations: [{ ...level, clock: 'resolution', notify: { kind: 'role', role: 'cco' } }],
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().errors).toContainEqual({
      pointer: '/escalations/0/clock',
      message: 'the policy has no resolution clock',
    });
    const nobody = await save('POST', '/api/case-clock-policies', {
      name: 'Nobody',
      clocks: [{ kind: 'handoffs', max: 2 }],
      escalations: [
        {
          ...level,
          clock: 'handoffs',
          notify: { kind: 'person', userId: 'usr_00000000000000000000000000' },
        },
      ],
    });
    expect(nobody.statusCode).toBe(400);
    expect(nobody.json().detail).toContain('no active person');
  });

  it('gives business time a calendar: the default one, office hours, when there is none', async () => {
    const policy = await postClockPolicy(started.app, started.admin, {
      name: 'Complaints',
      clocks: [{ kind: 'first_answer', target: { amount: 4, unit: 'business_hours' } }],
    });
    expect(policy).toMatchObject({ calendarId: null, warnAtPercent: 75, active: true });
    const calendars = await started.app.inject({
      url: '/api/business-calendars',
      headers: started.admin.headers,
    });
    expect(calendars.json().items).toMatchObject([{ name: 'Office hours', isDefault: true }]);
  });

  it('replaces a policy, refuses a name taken, and lists them for everyone who works cases', async () => {
    const other = await postClockPolicy(started.app, started.admin, {
      name: 'Urgent',
      priorities: ['urgent'],
      clocks: [{ kind: 'handoffs', max: 1 }],
    });
    const taken = await save('PUT', `/api/case-clock-policies/${other.id}`, {
      name: 'Complaints',
      clocks: [{ kind: 'handoffs', max: 1 }],
    });
    expect(taken.statusCode).toBe(409);
    const changed = await save('PUT', `/api/case-clock-policies/${other.id}`, {
      name: 'Urgent complaints',
      priorities: ['urgent', 'high'],
      clocks: [{ kind: 'handoffs', max: 2 }],
      active: false,
    });
    expect(changed.json()).toMatchObject({
      name: 'Urgent complaints',
      active: false,
      clocks: [{ max: 2 }],
    });
    const listed = await started.app.inject({
      url: '/api/case-clock-policies',
      headers: world.agent.headers,
    });
    expect(listed.json().items.map((policy: { name: string }) => policy.name)).toEqual([
      'Complaints',
      'Urgent complaints',
    ]);
  });
});
