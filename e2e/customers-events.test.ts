import { DEMO_LOGINS, DEMO_PASSWORD } from '@customeric/testing';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { launchBrowser } from './support/browser.ts';
import { startDemoServer, type TDemoServer } from './support/demo-server.ts';

const admin = DEMO_LOGINS.find((login) => login.role === 'admin');
if (!admin) throw new Error('the demo company has no administrator log-in');

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

beforeEach(async () => {
  context = await browser.newContext({ baseURL: server.url });
  context.setDefaultTimeout(10_000);
  page = await context.newPage();
  await page.goto('/login');
  await page.locator('input[name=email]').fill((admin as { email: string }).email);
  await page.locator('input[name=password]').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Log in', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
});

afterEach(async () => {
  await context?.close();
});

describe('the customer 360 in the browser', () => {
  it('finds a partner, shows its account, contacts, department strip and a timeline that loads as it scrolls', async () => {
    await page
      .getByRole('navigation', { name: 'Modules' })
      .getByRole('link', { name: 'Customers' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Customers' }).waitFor();
    await page.getByLabel('Relationship').selectOption('partnership');
    await page.getByLabel('Status').selectOption('active');
    // The list refreshes after the filters change: wait until every row is an active partner,
    // or the click may land on a row of the list as it was before.
    await page.waitForFunction(() => {
      const rows = [...document.querySelectorAll('table tbody tr')];
      return (
        rows.length > 0 &&
        rows.every(
          (row) =>
            /Partnership/.test(row.textContent ?? '') && /Active/.test(row.textContent ?? ''),
        )
      );
    });
    await page.locator('table tbody tr').first().getByRole('link').click();
    await page.getByRole('heading', { name: /^Account/ }).waitFor();
    await page.getByRole('heading', { name: 'Contacts' }).waitFor();
    await page
      .locator('figure.strip figcaption')
      .getByText(/passed through, in order of first contact/)
      .waitFor();
    // The promises module's panel: this customer's kept and broken promises.
    await page.getByRole('heading', { level: 2, name: 'Promises', exact: true }).waitFor();
    const items = page.locator('.timeline__item');
    await items.first().waitFor();
    expect(await items.count()).toBe(50);
    // A partner has more than a page of events: scrolling to the end brings the next page.
    await page.locator('.load-more').scrollIntoViewIfNeeded();
    await page.waitForFunction(() => document.querySelectorAll('.timeline__item').length > 50);

    // A select's name includes its shown value ("Department All"), so match the start.
    const department = page.getByRole('combobox', { name: /^Department/ });
    const billing = await department
      .locator('option', { hasText: 'Billing' })
      .getAttribute('value');
    await department.selectOption(billing ?? '');
    await page.waitForFunction(() =>
      [...document.querySelectorAll('.timeline__item .tag')].every(
        (tag) => tag.textContent === 'Billing',
      ),
    );
    expect(await items.first().locator('.tag').textContent()).toBe('Billing');
  });
});

describe('the events page in the browser', () => {
  it('uploads a CSV, counts accepted, duplicate and rejected rows, and offers the rejected rows', async () => {
    await page
      .getByRole('navigation', { name: 'Modules' })
      .getByRole('link', { name: 'Events' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Events' }).waitFor();
    const csv = [
      'source,externalId,customerExternalId,customerSource,type,occurredAt,amount',
      'webshop,E2E-1,C-10000,erp,order.placed,2026-01-05T10:00:00Z,10.00',
      'webshop,E2E-2,C-10001,erp,order.placed,2026-01-05T11:00:00Z,20.00',
      'webshop,E2E-1,C-10000,erp,order.placed,2026-01-05T10:00:00Z,10.00',
      'webshop,E2E-3,NOBODY,erp,order.placed,2026-01-05T12:00:00Z,30.00',
    ].join('\n');
    await page.getByLabel('File of events', { exact: true }).setInputFiles({
      name: 'orders.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(csv),
    });
    const result = page.getByRole('status').filter({ hasText: 'orders.csv' });
    await result.getByText('2 accepted').waitFor();
    await result.getByText('1 duplicates (already stored)').waitFor();
    await result.getByText('1 rejected').waitFor();
    const download = page.waitForEvent('download');
    await page.getByRole('link', { name: /Download the rejected rows/ }).click();
    const file = await (await download).path();
    const { readFile } = await import('node:fs/promises');
    expect(await readFile(file, 'utf8')).toContain(
      '5,E2E-3,/customer: no customer has the id NOBODY in erp',
    );
  });
});
