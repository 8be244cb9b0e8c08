import type { TSignedIn, TTestDatabase, TTestOrganization } from '@customeric/testing';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiTest, stopApiTest } from '../testing/api-test.ts';
import { ANSWER_RULE, insertPromiseWorld } from '../testing/promises-kit.ts';

let test: TTestDatabase;
let app: FastifyInstance;
let org: TTestOrganization;
let admin: TSignedIn;
let departmentId: string;

const WEEK = [1, 2, 3, 4, 5].map((day) => ({ day, open: '09:00', close: '17:00' }));
const BUSINESS_RULE = { ...ANSWER_RULE, duration: { amount: 4, unit: 'business_hours' } };

beforeAll(async () => {
  ({ test, app, org, admin } = await startApiTest());
  ({ departmentId } = await insertPromiseWorld(test.database, org.organization.id));
});
afterAll(() => stopApiTest({ app, test }));

const send = (method: 'POST' | 'PATCH' | 'DELETE', url: string, payload?: unknown) =>
  app.inject({ method, url, headers: admin.headers, ...(payload ? { payload } : {}) });
const calendars = async () =>
  (await app.inject({ url: '/api/business-calendars', headers: admin.headers })).json().items;

describe('business calendars', () => {
  it('gives a promise in business hours the default office hours when there is no calendar', async () => {
    const promise = await send('POST', '/api/promises', {
      customerWording: 'A first answer within 4 business hours.',
      internalName: 'Business hours promise',
      ownerDepartmentId: departmentId,
      rule: BUSINESS_RULE,
    });
    expect(promise.statusCode).toBe(201);
    expect(promise.json()).toMatchObject({ calendarId: null, calendarName: 'Office hours' });
    expect(await calendars()).toEqual([
      expect.objectContaining({ name: 'Office hours', isDefault: true, timeZone: 'UTC' }),
    ]);
  });

  it('moves the default to a new calendar and re-evaluates the promises that follow it', async () => {
    const created = await send('POST', '/api/business-calendars', {
      name: 'Berlin office',
      timeZone: 'Europe/Berlin',
      week: WEEK,
      holidays: ['2026-12-25'],
      isDefault: true,
    });
    expect(created.statusCode).toBe(201);
    expect(
      (await calendars()).map((c: { name: string; isDefault: boolean }) => [c.name, c.isDefault]),
    ).toEqual([
      ['Berlin office', true],
      ['Office hours', false],
    ]);
    const promises = (await app.inject({ url: '/api/promises', headers: admin.headers })).json();
    expect(promises.items[0]).toMatchObject({
      calendarName: 'Berlin office',
      version: 2,
      evaluation: { reason: 'rule_changed', status: 'queued' },
    });
  });

  it('names the bad field: an unknown time zone, a day that closes before it opens', async () => {
    const zone = await send('POST', '/api/business-calendars', {
      name: 'Mars',
      timeZone: 'Mars/Olympus',
      week: WEEK,
    });
    expect(zone.statusCode).toBe(400);
    expect(zone.json().errors[0].pointer).toBe('/timeZone');
    const hours = await send('POST', '/api/business-calendars', {
      name: 'Backwards',
      timeZone: 'UTC',
      week: [{ day: 1, open: '17:00', close: '09:00' }],
    });
    expect(hours.statusCode).toBe(400);
    expect(hours.json().errors[0].pointer).toBe('/week/0/close');
  });

  it('refuses to delete the default, deletes one nobody uses', async () => {
    const [berlin, office] = await calendars();
    const refused = await send('DELETE', `/api/business-calendars/${berlin.id}`);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().detail).toContain('default');
    expect((await send('DELETE', `/api/business-calendars/${office.id}`)).statusCode).toBe(204);
    const renamed = await send('PATCH', `/api/business-calendars/${berlin.id}`, {
      name: 'Berlin HQ',
    });
    expect(renamed.json()).toMatchObject({ name: 'Berlin HQ', isDefault: true });
  });
});
