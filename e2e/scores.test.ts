import { DEMO_LOGINS, DEMO_PASSWORD, getDemoStory } from '@customeric/testing';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './support/browser.ts';
import { startDemoServer, type TDemoServer } from './support/demo-server.ts';

const cco = DEMO_LOGINS.find((login) => login.role === 'cco');
if (!cco) throw new Error('the demo company has no CCO log-in');

/** "2026-Q2" for any day of that quarter (UTC), as the scores screens name quarters. */
function quarterLabel(day: Date): string {
  return `${day.getUTCFullYear()}-Q${Math.floor(day.getUTCMonth() / 3) + 1}`;
}

// The demo's story moves with the day it is made: billing goes wrong in this quarter.
const story = getDemoStory(new Date());
const TROUBLE = quarterLabel(story.troubleFrom);
const BEFORE = quarterLabel(new Date(story.troubleFrom.getTime() - 86_400_000));

// "Why it moved" reads every answer of two quarters and their customers' breaches and cases.
const SLOW = { timeout: 30_000 };

let server: TDemoServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  [server, browser] = await Promise.all([startDemoServer(), launchBrowser()]);
  context = await browser.newContext({ baseURL: server.url });
  context.setDefaultTimeout(15_000);
  page = await context.newPage();
  await page.goto('/login');
  await page.locator('input[name=email]').fill((cco as { email: string }).email);
  await page.locator('input[name=password]').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Log in', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.stop();
});

describe('customer scores in the browser', () => {
  it('shows the CCO the NPS of the last quarter with its interval and number of answers', async () => {
    const card = page.locator('.key-score', {
      has: page.getByRole('heading', { name: 'NPS', exact: true }),
    });
    await card.waitFor(SLOW);
    expect(await card.locator('.key-score__value').textContent()).toMatch(/^−?\d+$/);
    expect(await card.locator('.key-score__meta').textContent()).toMatch(
      /^\d{4}-Q[1-4]: 95 % interval −?\d+ to −?\d+, [\d,]+ answers/,
    );
    await page.getByRole('heading', { name: /^Why NPS moved from / }).waitFor(SLOW);
  });

  it('explains the trouble quarter: the Small business segment and its broken invoice promise, with the breaches behind it', async () => {
    await page.getByRole('link', { name: 'The whole analysis →' }).click();
    // The dashboard's link compares the trouble quarter with the next one; a "to" before that
    // "from" puts "from" back to "the one before", so the trouble is compared in one request.
    await page.getByLabel('To', { exact: true }).selectOption(TROUBLE);
    // The address changes in a transition: wait for the select to show it.
    await expect.poll(() => page.getByLabel('From', { exact: true }).inputValue()).toBe('');
    const summary = page.locator('.why-summary');
    const headline = new RegExp(
      `^NPS fell \\d+ points, from −?\\d+ in ${BEFORE} to −?\\d+ in ${TROUBLE};`,
    );
    await summary.locator('.why-summary__headline', { hasText: headline }).waitFor(SLOW);

    const text = (await summary.textContent()) ?? '';
    expect(text).toContain('Most of it is the Small business segment');
    expect(text).toMatch(/Customers with a broken ‘[^’]*invoice[^’]*’ promise/);

    // The top driver is a broken invoice promise; its evidence opens the breaches behind it.
    const top = page.locator('.drivers-table tbody tr').first();
    expect(await top.getByRole('rowheader').textContent()).toMatch(/^Broken: .*invoice/i);
    const listed = page.waitForResponse(
      (response) =>
        new URL(response.url()).pathname === '/api/promise-breaches' &&
        new URL(response.url()).searchParams.get('segment') === 'Small business',
    );
    await top.getByRole('link', { name: 'Its breaches in Small business →' }).click();
    await page.getByRole('heading', { level: 1, name: 'Breaches' }).waitFor();
    await page.getByText('Segment Small business only').waitFor();
    const breaches = (await (await listed).json()) as { items: { segment: string | null }[] };
    expect(breaches.items.length).toBeGreaterThan(0);
    expect(new Set(breaches.items.map((breach) => breach.segment))).toEqual(
      new Set(['Small business']),
    );
    await page.locator('table tbody tr').first().waitFor();
  });

  it('marks the weeks of Small business that are a real change, not noise, on the control chart', async () => {
    await page.goto('/scores');
    await page.getByRole('link', { name: 'Real change or noise' }).click();
    await page.getByLabel('Weeks', { exact: true }).selectOption('52');
    await page.getByLabel('Segment', { exact: true }).selectOption('Small business');
    const verdict = page.locator('.control__verdict');
    await verdict.getByText('outside', { exact: false }).waitFor();

    const chart = page.getByRole('img', { name: 'Weekly score with control limits' });
    const marked = await chart
      .locator('circle.control__dot--up, circle.control__dot--down')
      .count();
    expect(marked).toBeGreaterThan(0);
    const rows = page.locator('table tbody tr', { hasText: 'Outside its limits' });
    expect(await rows.count()).toBe(marked);
    expect(await rows.first().locator('td').first().textContent()).toMatch(/^\d{4}-W\d{2}$/);
  });
});
