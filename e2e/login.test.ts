import { DEMO_LOGINS, DEMO_PASSWORD } from '@customeric/testing';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { launchBrowser } from './support/browser.ts';
import { startDemoServer, type TDemoServer } from './support/demo-server.ts';

const ceo = DEMO_LOGINS.find((login) => login.role === 'ceo');
if (!ceo) throw new Error('the demo company has no CEO log-in');

let server: TDemoServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  [server, browser] = await Promise.all([startDemoServer(), launchBrowser()]);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

// A fresh context per test: no cookie from one test signs the next one in.
beforeEach(async () => {
  context = await browser.newContext({ baseURL: server.url });
  // A missing element fails in seconds with its locator named, well inside the test timeout.
  context.setDefaultTimeout(10_000);
  page = await context.newPage();
});

afterEach(async () => {
  await context?.close();
});

async function expectLoginPage(): Promise<void> {
  await page.waitForURL('**/login');
  await page.getByRole('button', { name: 'Log in', exact: true }).waitFor();
}

async function fillLogin(email: string, password: string): Promise<void> {
  await page.locator('input[name=email]').fill(email);
  await page.locator('input[name=password]').fill(password);
  await page.getByRole('button', { name: 'Log in', exact: true }).click();
}

describe('logging in with the browser', () => {
  it('sends a visitor to the log-in page, signs the CEO in to the dashboard and out again', async () => {
    await page.goto('/');
    await expectLoginPage();

    await fillLogin(ceo.email, DEMO_PASSWORD);
    await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
    // waitFor() means visible, so a name hidden by the layout fails too.
    const header = page.getByRole('banner');
    await header.getByText(ceo.name, { exact: true }).waitFor();
    await header.getByText('Acme Widgets', { exact: true }).waitFor();

    await header.getByRole('button', { name: 'Log out' }).click();
    await expectLoginPage();
    // Coming back later does not find the CEO still signed in.
    await page.goto('/');
    await expectLoginPage();
  });

  it('shows the problem the server reports when the password is wrong', async () => {
    await page.goto('/login');
    const answer = page.waitForResponse((response) => response.url().endsWith('/api/auth/login'));
    await fillLogin(ceo.email, 'not-the-password');
    const problem = (await (await answer).json()) as {
      status: number;
      title: string;
      detail: string;
    };

    expect(problem.status).toBe(401);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    const shown = await alert.textContent();
    expect(shown).toContain(problem.title);
    // The page may drop a detail that only repeats the title, but never change its words.
    expect(shown).toContain(problem.detail.replace(/[.!]+$/, ''));
    expect(new URL(page.url()).pathname).toBe('/login');
  });
});
