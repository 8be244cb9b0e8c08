import { createMailer } from '@customeric/services';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startApiTest, stopApiTest, type TApiTest } from '../testing/api-test.ts';
import { createCasesWorld, openCase, type TCasesWorld } from '../testing/cases-world.ts';
import { startSmtpInbox, type TSmtpInbox } from '../testing/smtp-inbox.ts';

let inbox: TSmtpInbox;
let started: TApiTest;
let world: TCasesWorld;

beforeAll(async () => {
  inbox = await startSmtpInbox();
  started = await startApiTest({
    mailer: createMailer({
      smtpUrl: inbox.url,
      from: 'Customeric <cases@acme.test>',
      baseUrl: 'https://customeric.acme.test',
    }),
  });
  world = await createCasesWorld(started);
});
afterAll(async () => {
  await stopApiTest(started);
  await inbox.close();
});
beforeEach(() => {
  inbox.received.length = 0;
});

describe('e-mail notifications over SMTP', () => {
  it('e-mails a person who is @mentioned, with the comment and the link to the case', async () => {
    const theCase = await openCase(started.app, world.agent, {
      customerId: world.customerId,
      subject: 'Credit note missing',
    });
    const { biller } = world.people;
    const response = await started.app.inject({
      method: 'POST',
      url: `/api/cases/${theCase.id}/comments`,
      headers: world.agent.headers,
      payload: { body: `@[${biller.name}](${biller.id}) can you issue the credit note today?` },
    });
    expect(response.statusCode).toBe(201);
    expect(response.json().mentions).toEqual([{ userId: biller.id, name: biller.name }]);
    const [mail] = await inbox.waitFor(1);
    expect(mail?.to).toEqual([biller.email]);
    expect(mail?.subject).toBe('Sofia Agent mentioned you on a case: Credit note missing');
    expect(mail?.text).toContain('@Amara Biller can you issue the credit note today?');
    expect(mail?.text).toContain(`https://customeric.acme.test/cases/${theCase.id}`);
  });

  it('e-mails the new owner, and the department a case is handed to', async () => {
    const theCase = await openCase(started.app, world.agent, {
      customerId: world.customerId,
      subject: 'Pallet damaged',
      departmentId: world.departments.service,
    });
    const handoff = await started.app.inject({
      method: 'POST',
      url: `/api/cases/${theCase.id}/handoffs`,
      headers: world.agent.headers,
      payload: { toDepartmentId: world.departments.delivery, reason: 'Needs a carrier claim' },
    });
    expect(handoff.statusCode).toBe(200);
    const [handed] = await inbox.waitFor(1);
    expect(handed).toMatchObject({
      to: [world.people.driver.email],
      subject: 'Case handed to Delivery: Pallet damaged',
    });
    const assign = await started.app.inject({
      method: 'PATCH',
      url: `/api/cases/${theCase.id}`,
      headers: { ...world.agent.headers, 'if-match': '"2"' },
      payload: { ownerUserId: world.people.driver.id },
    });
    expect(assign.statusCode).toBe(200);
    const mails = await inbox.waitFor(2);
    expect(mails[1]).toMatchObject({
      to: [world.people.driver.email],
      subject: 'Case assigned to you: Pallet damaged',
    });
    expect(mails[1]?.text).toContain('Sofia Agent made you the owner');
  });

  it('tells nobody about what they did themselves, and refuses a mention of nobody', async () => {
    const theCase = await openCase(started.app, world.agent, {
      customerId: world.customerId,
      subject: 'Self-assigned',
      ownerUserId: world.people.agent.id,
    });
    const unknown = await started.app.inject({
      method: 'POST',
      url: `/api/cases/${theCase.id}/comments`,
      headers: world.agent.headers,
      payload: { body: '@[Ghost](usr_00000000000000000000000000) are you there?' },
    });
    expect(unknown.statusCode).toBe(400);
    const settings = await started.app.inject({
      url: '/api/case-settings',
      headers: world.agent.headers,
    });
    expect(settings.json().emailConfigured).toBe(true);
    // Mails go out in the order they were queued: the one after is the only one.
    const { biller } = world.people;
    await started.app.inject({
      method: 'POST',
      url: `/api/cases/${theCase.id}/comments`,
      headers: world.agent.headers,
      payload: { body: `Over to @[${biller.name}](${biller.id})` },
    });
    const mails = await inbox.waitFor(1);
    expect(mails.map((mail) => mail.to)).toEqual([[biller.email]]);
  });
});
