import { DEMO_LOGINS, DEMO_PASSWORD, DEMO_SLUG } from '@customeric/testing';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './support/browser.ts';
import { startDemoServer, type TDemoServer } from './support/demo-server.ts';

const cco = DEMO_LOGINS.find((login) => login.role === 'cco');
if (!cco) throw new Error('the demo company has no CCO log-in');

const WORDING = 'Your invoice follows your order within 30 days, every time.';

let server: TDemoServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  [server, browser] = await Promise.all([startDemoServer(), launchBrowser()]);
  context = await browser.newContext({ baseURL: server.url });
  context.setDefaultTimeout(15_000);
  page = await context.newPage();
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.stop();
});

async function logIn(email: string): Promise<void> {
  await page.goto('/login');
  await page.locator('input[name=email]').fill(email);
  await page.locator('input[name=password]').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Log in', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
}

describe('the Bill of Rights in the browser', () => {
  it('writes a promise with a within rule, previews it on the last 90 days and lists it', async () => {
    await logIn(cco.email);
    await page
      .getByRole('navigation', { name: 'Modules' })
      .getByRole('link', { name: 'Promises' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Bill of Rights' }).waitFor();
    await page.getByRole('link', { name: 'New promise' }).first().click();

    await page.getByLabel('Customer wording').fill(WORDING);
    await page.getByLabel('Internal name').fill('Invoice within 30 days of the order');
    await page.getByLabel('Owner department').selectOption({ label: 'Billing' });
    await page
      .getByRole('group', { name: 'When this happens' })
      .getByLabel('Event type')
      .fill('order.placed');
    await page
      .getByRole('group', { name: 'this must follow' })
      .getByLabel('Event type')
      .fill('invoice.issued');
    await page.getByLabel('Within', { exact: true }).fill('30');
    await page.getByLabel('Unit').selectOption('days');

    const sentence = page.getByTestId('preview-sentence');
    await sentence.waitFor();
    expect(await sentence.textContent()).toMatch(
      /On the last 90 days this promise would have been kept [\d,]+ times? and broken [\d,]+ times? \((\d+(\.\d)? %|—)\)/,
    );

    const saved = page.waitForResponse(
      (response) =>
        new URL(response.url()).pathname === '/api/promises' &&
        response.request().method() === 'POST',
    );
    await page.getByRole('button', { name: 'Create promise' }).click();
    expect((await saved).status()).toBe(201);
    await page.getByRole('heading', { level: 1, name: 'Bill of Rights' }).waitFor();
    await page.getByRole('link', { name: WORDING }).waitFor();
  });

  it('shows the public charter without signing in, in customer wording', async () => {
    const visitor = await browser.newContext({ baseURL: server.url });
    try {
      const charter = await visitor.newPage();
      await charter.goto(`/charter/${DEMO_SLUG}`);
      await charter.getByRole('heading', { level: 1, name: 'Our promises to you' }).waitFor();
      await charter.getByText(WORDING, { exact: true }).waitFor();
      expect(await charter.getByText('Log in', { exact: true }).count()).toBe(0);
    } finally {
      await visitor.close();
    }
  });
});
