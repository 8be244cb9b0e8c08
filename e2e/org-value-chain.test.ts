import { DEMO_LOGINS, DEMO_PASSWORD } from '@customeric/testing';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './support/browser.ts';
import { startDemoServer, type TDemoServer } from './support/demo-server.ts';

const cco = DEMO_LOGINS.find((login) => login.role === 'cco');
if (!cco) throw new Error('the demo company has no CCO log-in');

let server: TDemoServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  [server, browser] = await Promise.all([startDemoServer(), launchBrowser()]);
  context = await browser.newContext({ baseURL: server.url });
  context.setDefaultTimeout(10_000);
  page = await context.newPage();
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.stop();
});

async function addStage(index: number, name: string, owner: string): Promise<void> {
  await page.getByRole('button', { name: 'Add stage' }).click();
  const row = page.locator('.stage-row').nth(index);
  // The new stage's name field has the focus: typing goes straight in.
  await page.keyboard.type(name);
  await row.getByRole('checkbox', { name: owner }).check();
}

describe('a value chain on the horizontal map', () => {
  it('builds three stages owned by two departments and shows the one handoff between them', async () => {
    await page.goto('/login');
    await page.locator('input[name=email]').fill(cco.email);
    await page.locator('input[name=password]').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Log in', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();

    await page
      .getByRole('navigation', { name: 'Modules' })
      .getByRole('link', { name: 'Org & value chains' })
      .click();
    await page
      .getByRole('navigation', { name: 'Org & value chains' })
      .getByRole('link', { name: 'Value chains' })
      .click();
    await page.getByRole('button', { name: 'New value chain' }).click();
    await page.getByLabel('Name', { exact: true }).fill('Returns and refunds');
    await page.getByRole('button', { name: 'Create and add stages' }).click();
    await page.getByRole('heading', { level: 2, name: 'Returns and refunds' }).waitFor();

    await addStage(0, 'Ask', 'Customer Service');
    await addStage(1, 'Collect', 'Customer Service');
    await addStage(2, 'Refund', 'Billing');
    const saved = page.waitForResponse(
      (response) => response.url().endsWith('/stages') && response.request().method() === 'PUT',
    );
    await page.getByRole('button', { name: 'Save stages' }).click();
    expect((await saved).status()).toBe(200);

    const map = page.getByRole('region', { name: 'Horizontal map of Returns and refunds' });
    await map.locator('[data-handoff="Handoff 1"]').waitFor();
    expect(await map.locator('[data-handoff]').count()).toBe(1);
    for (const text of ['1 · Ask', '2 · Collect', '3 · Refund', 'Customer Service', 'Billing'])
      await map.getByText(text, { exact: true }).first().waitFor();
    const handoffs = page.getByRole('list', { name: 'Handoffs' });
    expect(await handoffs.textContent()).toContain(
      'Handoff 1: Collect → Refund. Customer Service hands the customer to Billing.',
    );
    await map.getByText('Live measures arrive with events, promises and cases').first().waitFor();

    // From the keyboard: Alt+↑ on "Refund" moves it before "Collect"; the map shows the draft.
    await page.getByRole('textbox', { name: 'Name of stage 3' }).press('Alt+ArrowUp');
    await map.locator('[data-handoff="Handoff 2"]').waitFor();
    expect(await page.getByRole('textbox', { name: 'Name of stage 2' }).inputValue()).toBe(
      'Refund',
    );
    await page.getByRole('button', { name: 'Discard changes' }).click();
    expect(await map.locator('[data-handoff]').count()).toBe(1);
  });
});
