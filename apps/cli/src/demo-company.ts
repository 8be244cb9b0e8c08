import { findOrgIdBySlug, type TDatabase } from '@customeric/db';
import {
  createDemoCompany,
  DEMO_LOGINS,
  DEMO_PASSWORD,
  DEMO_SLUG,
  findDemoCompany,
  type TDemoCompany,
} from '@customeric/testing';

export type TDemoResult =
  | { created: true; orgId: string; company: TDemoCompany }
  | { created: false; orgId: string };

/** Creates "Acme Widgets" unless it is there already (found by its admin log-in or its slug). */
export async function ensureDemoCompany(
  database: TDatabase,
  options: { seed?: number } = {},
): Promise<TDemoResult> {
  const existing =
    (await findDemoCompany(database)) ?? (await findOrgIdBySlug(database, DEMO_SLUG));
  if (existing) return { created: false, orgId: existing };
  const company = await createDemoCompany(
    database,
    options.seed === undefined ? {} : { seed: options.seed },
  );
  return { created: true, orgId: company.orgId, company };
}

export function describeDemoCreated(company: TDemoCompany): string {
  const { departments, people, customers, events } = company.counts;
  return (
    `Created the demo company Acme Widgets (slug ${company.slug}): ${departments} departments, ${people} people, ` +
    `${customers.toLocaleString('en')} customers and ${events.toLocaleString('en')} events.`
  );
}

/** The sign-ins of the demo, one per role, as lines for the terminal. */
export function formatDemoLogins(): string[] {
  const width = Math.max(...DEMO_LOGINS.map((login) => login.role.length)) + 2;
  return [
    `Demo log-ins (the password of each is ${DEMO_PASSWORD}):`,
    ...DEMO_LOGINS.map((login) => `  ${login.role.padEnd(width)}${login.email}`),
  ];
}
