import { DEMO_LOGINS, DEMO_PASSWORD } from '@customeric/testing';
import type { APIRequestContext, Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './support/browser.ts';
import { startDemoServer, type TDemoServer } from './support/demo-server.ts';

const cco = DEMO_LOGINS.find((login) => login.role === 'cco');
if (!cco) throw new Error('the demo company has no CCO log-in');

let server: TDemoServer;
let browser: Browser;

beforeAll(async () => {
  [server, browser] = await Promise.all([startDemoServer(), launchBrowser()]);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** A new customer of the demo, invited to the relationship NPS; the answer link it gets. */
async function inviteNewCustomer(request: APIRequestContext): Promise<string> {
  const login = await request.post('/api/auth/login', {
    data: { email: (cco as { email: string }).email, password: DEMO_PASSWORD },
  });
  const headers = { 'x-csrf-token': (await login.json()).csrfToken as string };
  const customer = await (
    await request.post('/api/customers', {
      headers,
      data: { name: 'Phone Answer Ltd', segment: 'Small business' },
    })
  ).json();
  await request.post(`/api/customers/${customer.id}/contacts`, {
    headers,
    data: { name: 'Paula Phone', email: 'paula@phone-answer.example', isPrimary: true },
  });
  const surveys = await (await request.get('/api/surveys?status=active')).json();
  const nps = surveys.items.find((survey: { kind: string }) => survey.kind === 'nps');
  const invited = await (
    await request.post(`/api/surveys/${nps.id}/invitations`, {
      headers,
      data: { customerIds: [customer.id] },
    })
  ).json();
  return invited.invited[0].link as string;
}

describe('the public answer page', () => {
  it('is answered on a phone with the keyboard alone, thanks, and the answer shows with its theme', async () => {
    const desk = await browser.newContext({ baseURL: server.url });
    desk.setDefaultTimeout(15_000);
    const link = await inviteNewCustomer(desk.request);

    const phone = await browser.newContext({
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
    });
    phone.setDefaultTimeout(15_000);
    const page = await phone.newPage();
    await page.goto(link);
    await page.getByRole('heading', { name: 'Hello Paula, a quick question' }).waitFor();
    const group = page.getByRole('group', { name: /How likely are you to recommend Acme Widgets/ });
    expect(await group.getByRole('radio').count()).toBe(11);
    // The page fits the phone: nothing scrolls sideways.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      390,
    );

    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).value)).toBe('0');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    expect(await group.getByRole('radio', { name: '2' }).isChecked()).toBe(true);
    await page.keyboard.press('Tab');
    await page.keyboard.type('The invoice did not match the order, again.');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Thank you!' }).waitFor();

    await page.goto(link);
    await page.getByRole('heading', { name: 'This link has already been used' }).waitFor();

    const desktop = await desk.newPage();
    await desktop.goto('/voice/answers?q=did%20not%20match%20the%20order%2C%20again');
    const row = desktop.locator('table tbody tr').filter({ hasText: 'Phone Answer Ltd' });
    await row.waitFor();
    await row.getByText('2 detractor').waitFor();
    await row.locator('.voice-chip', { hasText: 'Billing' }).waitFor();
    await phone.close();
    await desk.close();
  });
});
