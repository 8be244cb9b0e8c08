import type { TClockPolicy } from '@customeric/contracts';
import { createBusinessCalendar, createMailer, type TMailer } from '@customeric/services';
import { insertUser, type TSignedIn } from '@customeric/testing';
import type { FastifyInstance } from 'fastify';
import type { TApiTest } from './api-test.ts';

/** Mon–Fri 09:00–17:00 in Berlin, the default calendar, with the holidays given. */
export async function insertBerlinCalendar(started: TApiTest, holidays: string[] = []) {
  return createBusinessCalendar(
    { database: started.test.database, actor: started.org.actor },
    {
      name: 'Berlin office',
      timeZone: 'Europe/Berlin',
      week: [1, 2, 3, 4, 5].map((day) => ({ day: day as 1, open: '09:00', close: '17:00' })),
      holidays,
      isDefault: true,
    },
  );
}

export function smtpMailer(url: string): TMailer {
  return createMailer({
    smtpUrl: url,
    from: 'Customeric <cases@acme.test>',
    baseUrl: 'https://customeric.acme.test',
  });
}

/** Saves a clock policy through the API, failing loudly if it is refused. */
export async function postClockPolicy(
  app: FastifyInstance,
  as: TSignedIn,
  payload: Record<string, unknown>,
): Promise<TClockPolicy> {
  const response = await app.inject({
    method: 'POST',
    url: '/api/case-clock-policies',
    headers: as.headers,
    payload,
  });
  if (response.statusCode !== 201)
    throw new Error(`clock policy: ${response.statusCode} ${response.body}`);
  return response.json() as TClockPolicy;
}

/** A person marked executive (whatever their role), in a department or none. */
export function insertExecutive(
  started: TApiTest,
  role: 'ceo' | 'cco' | 'department_head' | 'executive',
  departmentId: string | null,
  name: string,
) {
  return insertUser(started.test.database, started.org, {
    role,
    departmentId,
    name,
    isExecutive: true,
  });
}
