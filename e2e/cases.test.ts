import { DEMO_LOGINS, DEMO_PASSWORD } from '@customeric/testing';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './support/browser.ts';
import { startDemoServer, type TDemoServer } from './support/demo-server.ts';

const agent = DEMO_LOGINS.find((login) => login.email === 'agent@acme.example');
if (!agent) throw new Error('the demo company has no service agent log-in');

let server: TDemoServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  [server, browser] = await Promise.all([startDemoServer(), launchBrowser()]);
  const context = await browser.newContext({ baseURL: server.url });
  context.setDefaultTimeout(15_000);
  page = await context.newPage();
  await page.goto('/login');
  await page.locator('input[name=email]').fill((agent as { email: string }).email);
  await page.locator('input[name=password]').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Log in', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** The handoffs from Customer Service to Billing in the flows table under the Sankey. */
async function serviceToBillingFlows(): Promise<number> {
  await page.goto('/cases/handoffs');
  await page.locator('.sankey__svg').waitFor();
  await page.getByText('The flows as a table').click();
  const row = page.locator('details tbody tr').filter({
    has: page.locator('td:nth-child(1)', { hasText: /^Customer Service$/ }),
  });
  const cells = row.filter({ has: page.locator('td:nth-child(2)', { hasText: /^Billing$/ }) });
  return Number(await cells.locator('td:nth-child(3)').textContent());
}

describe('a case in the browser', () => {
  it('is opened, handed to Billing with a reason, resolved, and shows in the Sankey', async () => {
    const before = await serviceToBillingFlows();
    expect(before).toBeGreaterThan(0);

    await page.goto('/cases');
    await page.getByRole('button', { name: 'New case' }).click();
    const form = page.getByRole('form', { name: 'New case' });
    await form.getByLabel('Find the customer').fill('a');
    const customer = form.getByLabel('Customer', { exact: true });
    await customer.locator('option').nth(1).waitFor({ state: 'attached' });
    await customer.selectOption({ index: 1 });
    await form.getByLabel('Subject').fill('Invoiced twice for one pallet');
    await form.getByLabel('Category').selectOption('billing');
    await form.getByLabel('Department').selectOption({ label: 'Customer Service' });
    await form.getByRole('button', { name: 'Open the case' }).click();
    await page.getByRole('heading', { level: 1, name: 'Invoiced twice for one pallet' }).waitFor();
    await page.getByText('Not handed off: one department has held it throughout.').waitFor();

    await page.getByRole('button', { name: 'Hand off…' }).click();
    const dialog = page.getByRole('dialog', { name: /Hand off/ });
    await dialog.getByLabel('To department').selectOption({ label: 'Billing' });
    await dialog
      .getByLabel('Reason')
      .fill('The invoice doubles the order: Billing must correct it');
    await dialog.getByRole('button', { name: 'Hand off', exact: true }).click();
    await page.getByText('Customer Service → Billing').waitFor();
    await page.getByText('“The invoice doubles the order: Billing must correct it”').waitFor();
    await page.getByText('1 handoff, 0 bounces.').waitFor();

    await page.getByLabel('Move to').selectOption({ label: 'Resolved' });
    await page.getByLabel('Root cause').fill('The order was keyed in twice');
    await page.getByRole('button', { name: 'Resolve' }).click();
    await page.locator('.case-facts').getByText('Resolved', { exact: true }).waitFor();
    await page.locator('.case-facts').getByText('The order was keyed in twice').waitFor();

    expect(await serviceToBillingFlows()).toBe(before + 1);
    const band = page.locator('.sankey__link title', { hasText: /^Customer Service → Billing: / });
    expect(await band.count()).toBe(1);
  });
});
